package com.safeward.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.safeward.HttpApi;

/** The simulator registers its devices through the API and its traffic arrives, panic included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeviceSimulatorTests {

    @LocalServerPort int port;

    @Test
    void sendsHeartbeatsDoorEventsAndAPanicOverHttp() throws Exception {
        HttpApi api = new HttpApi("http://localhost:" + port);
        String admin = api.bearer("admin");
        long before = HttpApi.id(api.get(admin, "/api/v1/alarms?state=ALL&size=1"), "$.totalElements");
        DeviceSimulator.Options options = DeviceSimulator.Options.parse("--url=http://localhost:" + port,
                "--devices=5", "--rate=20", "--panic-every=1", "--duration=2", "--transport=http");
        long sent = new DeviceSimulator(options).run();

        assertThat(sent).isGreaterThan(10);
        // heartbeats: the simulated devices were heard from
        List<String> seen = JsonPath.read(api.get(admin, "/api/v1/devices?q=SIM-&size=200"), "$.content[*].lastSeenAt");
        assertThat(seen).isNotEmpty().doesNotContainNull();
        List<String> panics = JsonPath.read(api.get(admin, "/api/v1/alarms?state=ALL&size=200"),
                "$.content[?(@.deviceCode =~ /SIM-.*/)].id");
        assertThat(panics).isNotEmpty();
        assertThat(HttpApi.id(api.get(admin, "/api/v1/alarms?state=ALL&size=1"), "$.totalElements")).isGreaterThan(before);
    }
}
