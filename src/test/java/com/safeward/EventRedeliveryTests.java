package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.AsyncConfigurer;

import com.jayway.jsonpath.JsonPath;
import com.safeward.incidents.IncidentManagement;
import com.safeward.incidents.IncidentType;
import com.safeward.organizations.OrganizationDirectory;

/**
 * Nothing a module reacts to is lost (issue 11, point 1): an incident is reported and committed on
 * a node that stops before its reactions run (its listener executor accepts them and never runs
 * them, as a killed node would); a node started on the same database delivers the notification
 * to security once the publication is overdue. Runs against the shared PostgreSQL in the
 * integration profile, against one H2 database shared by both nodes otherwise.
 */
class EventRedeliveryTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anIncidentReportedJustBeforeTheNodeStopsReachesSecurityAfterTheRestart() throws Exception {
        Map<String, Object> database = database();
        String description = "停机前上报 " + UUID.randomUUID();
        long incident;
        try (ConfigurableApplicationContext stopping = node(database, StoppingNode.class)) {
            OrganizationDirectory directory = stopping.getBean(OrganizationDirectory.class);
            long h1 = directory.hospitalIdByCode("H001").orElseThrow();
            incident = stopping.getBean(IncidentManagement.class).reportFor(h1, directory.areaChoices(h1).get(0).id(),
                    IncidentType.THREAT, description, "doctor");
            assertThat(undelivered(stopping)).as("the reactions are stored with the report").isPositive();
            assertThat(notificationsOfSecurityLinking(stopping, "/incidents/" + incident)).isEmpty();
        }
        try (ConfigurableApplicationContext restarted = node(database, RestartedNode.class)) {
            // the redelivery is a persistent recurring task of its own (db-scheduler: once in a cluster)
            assertThat(restarted.getBean(JdbcClient.class).sql("select count(*) from scheduled_tasks where task_name = :t")
                    .param("t", EventRedelivery.TASK).query(Long.class).single()).isEqualTo(1);
            restarted.getBean(TestClock.class).advance(Duration.ofMinutes(2));
            assertThat(restarted.getBean(EventRedelivery.class).redeliver()).isPositive();
            List<Map<String, Object>> delivered = Awaitility.await().atMost(Duration.ofSeconds(15))
                    .until(() -> notificationsOfSecurityLinking(restarted, "/incidents/" + incident), list -> !list.isEmpty());
            assertThat(delivered).singleElement().satisfies(n -> {
                assertThat(n.get("kind")).isEqualTo("INCIDENT_REPORTED");
                assertThat(n.get("title")).isEqualTo("新警情：威胁");
            });
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> undeliveredOf(restarted, incident) == 0);
            assertThat(restarted.getBean(EventRedelivery.class).redeliver()).as("delivered once").isZero();
        }
    }

    /** A node of its own (arguments override the test configuration, as on a real command line). */
    private static ConfigurableApplicationContext node(Map<String, Object> database, Class<?> configuration) {
        List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1"));
        database.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(SafeWardApplication.class, configuration).run(arguments.toArray(String[]::new));
    }

    /** The same database for both nodes: the integration profile's PostgreSQL, or one named in-memory H2 database. */
    private static Map<String, Object> database() {
        if ("integration".equals(System.getProperty("safeward.test.profile"))) {
            return Map.of();
        }
        return Map.of("spring.datasource.url", "jdbc:h2:mem:redelivery-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    private static long undelivered(ConfigurableApplicationContext node) {
        return node.getBean(JdbcClient.class).sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }

    private static long undeliveredOf(ConfigurableApplicationContext node, long incident) {
        return node.getBean(JdbcClient.class).sql("select count(*) from event_publication where completion_date is null "
                + "and serialized_event like :e").param("e", "%\"incidentId\":" + incident + ",%").query(Long.class).single();
    }

    /** Security's notifications as the API lists them (the node's own HTTP port, on loopback). */
    private static List<Map<String, Object>> notificationsOfSecurityLinking(ConfigurableApplicationContext node, String link)
            throws Exception {
        String base = "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.object("username", "security", "password", "demo")))
                .build(), HttpResponse.BodyHandlers.ofString());
        String bearer = "Bearer " + JsonPath.read(token.body(), "$.accessToken");
        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/notifications?size=200"))
                .header("Authorization", bearer).header("Accept-Language", "zh-CN").build(),
                HttpResponse.BodyHandlers.ofString());
        List<Map<String, Object>> content = JsonPath.read(list.body(), "$.content");
        return content.stream().filter(n -> link.equals(n.get("link"))).toList();
    }

    /** A node whose module listeners are accepted and never run: it stops before delivering. */
    @TestConfiguration(proxyBeanMethods = false)
    static class StoppingNode {
        @Bean
        AsyncConfigurer listenersThatNeverRun() {
            return new AsyncConfigurer() {
                @Override
                public Executor getAsyncExecutor() {
                    return task -> {
                    };
                }
            };
        }

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    /** A node as any other, with a clock the test moves. */
    @TestConfiguration(proxyBeanMethods = false)
    static class RestartedNode {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
