package com.safeward.identity;

import java.util.List;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;

/**
 * Demo accounts, all with password {@code demo}: admin; security, operator, guard, doctor,
 * complaints, leader, hadmin (H001); security2 (H002); police (H001's station); county, city,
 * province (regulators). Seeds only when there is no account yet.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("safeward.demo.enabled")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** The demo accounts' user names and their shared password (what production must never accept: issue 17). */
    static final List<String> USERNAMES = List.of("admin", "hadmin", "security", "operator", "guard", "doctor",
            "complaints", "leader", "security2", "police", "county", "city", "province");
    static final String PASSWORD = "demo";

    private final UserAccounts accounts;
    private final OrganizationDirectory directory;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoAccounts(UserAccounts accounts, OrganizationDirectory directory, PasswordEncoder encoder,
            TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.encoder = encoder;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        Long h1 = directory.hospitalIdByCode("H001").orElse(null);
        Long h2 = directory.hospitalIdByCode("H002").orElse(null);
        if (h1 == null || h2 == null) {
            log.warn("Demo hospitals H001/H002 are missing; demo accounts not created");
            return;
        }
        Long station = stationOf(h1);
        String hash = encoder.encode(PASSWORD);
        transactions.executeWithoutResult(tx -> {
            save("admin", "系统管理员", hash, Role.SYSTEM_ADMIN, null, null, null);
            save("hadmin", "医院管理员(一院)", hash, Role.HOSPITAL_ADMIN, h1, null, null);
            save("security", "保卫科 张科长", hash, Role.SECURITY_OFFICER, h1, null, null);
            save("operator", "监控中心 李值班", hash, Role.MONITORING_OPERATOR, h1, null, null);
            save("guard", "保安 王师傅", hash, Role.GUARD, h1, null, null);
            save("doctor", "急诊科 赵医生", hash, Role.MEDICAL_STAFF, h1, null, null,
                    directory.departmentByCode(h1, "ED").map(d -> d.id()).orElse(null));
            save("complaints", "医患办 刘老师", hash, Role.COMPLAINTS_OFFICER, h1, null, null);
            save("leader", "分管副院长 陈院长", hash, Role.HOSPITAL_LEADER, h1, null, null);
            save("security2", "保卫科(二七区医院) 孙科长", hash, Role.SECURITY_OFFICER, h2, null, null);
            save("police", "中原路派出所 周警官", hash, Role.POLICE, null, station, null);
            save("county", "中原区卫健委", hash, Role.REGULATOR, null, null, region("410102"));
            save("city", "郑州市卫健委", hash, Role.REGULATOR, null, null, region("410100"));
            save("province", "河南省卫健委", hash, Role.REGULATOR, null, null, region("410000"));
        });
        log.info("Demo accounts created (the demo password is in the README): {}", String.join(", ", USERNAMES));
    }

    private Long stationOf(long hospitalId) {
        return directory.policeStationOf(hospitalId).orElse(null);
    }

    private Long region(String code) {
        return directory.regionIdByCode(code).orElse(null);
    }

    private void save(String username, String name, String hash, Role role, Long hospital, Long station, Long region) {
        save(username, name, hash, role, hospital, station, region, null);
    }

    private void save(String username, String name, String hash, Role role, Long hospital, Long station, Long region,
            Long department) {
        accounts.save(UserAccount.create(username, name, hash, role, hospital, station, region, department,
                Instant.now(clock)));
    }
}
