package com.safeward.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The simulator registers its devices through the API and its traffic arrives, panic included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeviceSimulatorTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void sendsHeartbeatsDoorEventsAndAPanicOverHttp() throws Exception {
        long before = count("select count(*) from alarms a join devices d on d.id = a.device_id where d.code like 'SIM-%'");
        DeviceSimulator.Options options = DeviceSimulator.Options.parse("--url=http://localhost:" + port,
                "--devices=5", "--rate=20", "--panic-every=1", "--duration=2", "--transport=http");
        long sent = new DeviceSimulator(options).run();

        assertThat(sent).isGreaterThan(10);
        assertThat(count("select count(*) from device_events e join devices d on d.id = e.device_id "
                + "where d.code like 'SIM-%' and e.event_type = 'HEARTBEAT'")).isPositive();
        assertThat(count("select count(*) from alarms a join devices d on d.id = a.device_id where d.code like 'SIM-%'"))
                .isGreaterThan(before);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
