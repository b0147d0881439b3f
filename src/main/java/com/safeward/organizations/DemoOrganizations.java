package com.safeward.organizations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode (on by default on the embedded defaults, off in the prod profile): a province → city
 * → two counties, two police stations, hospitals H001 (三级甲等), H002 (二级) and H003
 * (community), with departments and areas. Seeds only into an empty database.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("safeward.demo.enabled")
class DemoOrganizations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganizations.class);

    private final OrganizationAdministration administration;
    private final Regions regions;
    private final TransactionTemplate transactions;

    DemoOrganizations(OrganizationAdministration administration, Regions regions, TransactionTemplate transactions) {
        this.administration = administration;
        this.regions = regions;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (regions.count() > 0) {
            return;
        }
        transactions.executeWithoutResult(tx -> seed());
        log.info("Demo organizations created: 河南省 / 郑州市 / 中原区, 二七区; hospitals H001, H002, H003");
    }

    private void seed() {
        long province = region("410000", "河南省", null);
        long city = region("410100", "郑州市", province);
        long zhongyuan = region("410102", "中原区", city);
        long erqi = region("410103", "二七区", city);

        long station1 = station("PS410102001", "中原路派出所", zhongyuan);
        long station2 = station("PS410103001", "二七派出所", erqi);

        long h1 = hospital("H001", "郑州市第一人民医院", zhongyuan, station1, HospitalCategory.GENERAL,
                HospitalGrade.LEVEL_3, GradeClass.A, 1500, 8000, 2200, true, "郑州市中原区建设路 100 号");
        long h2 = hospital("H002", "郑州市二七区人民医院", erqi, station2, HospitalCategory.GENERAL,
                HospitalGrade.LEVEL_2, GradeClass.A, 400, 1500, 450, false, "郑州市二七区大学路 20 号");
        long h3 = hospital("H003", "中原区林山寨社区卫生服务中心", zhongyuan, station1, HospitalCategory.COMMUNITY,
                HospitalGrade.UNGRADED, null, 40, 300, 35, false, "郑州市中原区桐柏路 8 号");

        long emergency = 0; // H001's: its staff report from their own places first
        for (long h : new long[] {h1, h2, h3}) {
            long ed = department(h, "ED", "急诊科", DepartmentKind.EMERGENCY);
            emergency = h == h1 ? ed : emergency;
            department(h, "OPD", "门诊部", DepartmentKind.OUTPATIENT);
            department(h, "SEC", "保卫科", DepartmentKind.SECURITY);
        }
        long internal = department(h1, "IM", "内科病区", DepartmentKind.INPATIENT);
        department(h1, "PRO", "医患关系办公室", DepartmentKind.PATIENT_RELATIONS);
        department(h1, "PSY", "精神心理科", DepartmentKind.CLINICAL);
        department(h1, "PHA", "药剂科", DepartmentKind.PHARMACY);

        area(h1, "门诊楼", "1F", "南门入口", AreaType.ENTRANCE, null);
        area(h1, "急诊楼", "1F", "急诊抢救室", AreaType.EMERGENCY, emergency);
        area(h1, "急诊楼", "1F", "急诊分诊台", AreaType.EMERGENCY, emergency);
        area(h1, "门诊楼", "1F", "挂号收费处", AreaType.PAYMENT, null);
        area(h1, "门诊楼", "2F", "内科候诊区", AreaType.WAITING, null);
        area(h1, "住院楼", "5F", "内科病区", AreaType.INPATIENT_WARD, internal);
        area(h1, "行政楼", "1F", "安全监控中心", AreaType.MONITORING_CENTER, null);
        area(h1, "门诊楼", "1F", "保安值班室", AreaType.GUARD_ROOM, null);
        area(h1, "行政楼", "2F", "医患沟通调解室", AreaType.COMPLAINT_MEDIATION_ROOM, null);
        area(h1, "住院楼", "3F", "重症监护室", AreaType.ICU, null);
        area(h1, "手术楼", "4F", "中心手术室", AreaType.OPERATING_ROOM, null);
        area(h1, "后勤楼", "B1", "高低压配电房", AreaType.POWER_SUPPLY, null);
        area(h1, "后勤楼", "1F", "液氧站", AreaType.OXYGEN_SUPPLY, null);
        area(h1, "药剂楼", "1F", "麻精药品库", AreaType.DRUG_STORAGE, null);
        area(h1, "室外", "G", "地面停车场", AreaType.PARKING, null);
        area(h2, "门诊楼", "1F", "正门入口", AreaType.ENTRANCE, null);
        area(h2, "急诊楼", "1F", "急诊大厅", AreaType.EMERGENCY, null);
        area(h2, "住院楼", "3F", "外科病区", AreaType.INPATIENT_WARD, null);
        area(h3, "综合楼", "1F", "入口", AreaType.ENTRANCE, null);
        area(h3, "综合楼", "1F", "收费处", AreaType.PAYMENT, null);
    }

    private long region(String code, String name, Long parent) {
        RegionForm form = new RegionForm();
        form.code = code;
        form.name = name;
        form.parentId = parent;
        return administration.createRegion(form).id();
    }

    private long station(String code, String name, long region) {
        PoliceStationForm form = new PoliceStationForm();
        form.code = code;
        form.name = name;
        form.regionId = region;
        form.dutyPhone = "0371-110";
        return administration.registerStation(form).id();
    }

    private long hospital(String code, String name, long region, long station, HospitalCategory category,
            HospitalGrade grade, GradeClass gradeClass, int beds, int outpatients, int staff, boolean complex,
            String address) {
        HospitalForm form = new HospitalForm();
        form.code = code;
        form.name = name;
        form.regionId = region;
        form.policeStationId = station;
        form.category = category;
        form.gradeLevel = grade;
        form.gradeClass = gradeClass;
        form.openBeds = beds;
        form.dailyOutpatients = outpatients;
        form.onDutyMedicalStaff = staff;
        form.complexPublicOrder = complex;
        form.address = address;
        form.dutyPhone = "0371-6000000";
        return administration.registerHospital(form).id();
    }

    private long department(long hospital, String code, String name, DepartmentKind kind) {
        DepartmentForm form = new DepartmentForm();
        form.code = code;
        form.name = name;
        form.kind = kind;
        return administration.addDepartment(hospital, form, DataScope.all()).id();
    }

    private void area(long hospital, String building, String floor, String name, AreaType type, Long department) {
        AreaForm form = new AreaForm();
        form.hospitalId = hospital;
        form.building = building;
        form.floor = floor;
        form.name = name;
        form.areaType = type;
        form.departmentId = department;
        administration.createArea(form, DataScope.all());
    }
}
