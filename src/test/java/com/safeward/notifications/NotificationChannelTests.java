package com.safeward.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestLogins;
import com.safeward.kernel.Text;
import com.safeward.organizations.OrganizationDirectory;

/** Notifications leave the building: WeCom and DingTalk robots, webhooks, email, with retries and a log. */
@SafeWardTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class NotificationChannelTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    record Received(String path, String query, Map<String, List<String>> headers, String body) {
    }

    private static HttpServer server;
    private static final List<Received> received = new CopyOnWriteArrayList<>();
    private static final AtomicInteger webhookFailuresLeft = new AtomicInteger();
    private static final Map<String, String> robotAnswers = new ConcurrentHashMap<>();

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired NotificationCenter center;
    @Autowired NotificationChannels channels;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory directory;
    @Autowired com.safeward.TestHostResolver resolver;

    @BeforeAll
    static void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body));
            int status = path.startsWith("/webhook") && webhookFailuresLeft.getAndDecrement() > 0 ? 500 : 200;
            byte[] answer = robotAnswers.getOrDefault(path, Json.object("errcode", 0,
                    "errmsg", "ok")).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopReceiver() {
        server.stop(0);
    }

    /** The channels point at this test's receiver: switch them off, so later tests sharing the database do not try them. */
    @AfterEach
    void disableChannels() {
        jdbc.sql("update notification_channels set enabled = false").update();
    }

    @Test
    void wecomAndDingTalkRobotsReceiveMarkdownAndDingTalkIsSigned() throws Exception {
        String kind = NotificationKind.ALARM_UNACKNOWLEDGED.name();
        long wecom = channel(Json.object("name", "保卫科企业微信群", "kind", "WECOM_ROBOT", "target", url("/wecom?key=abc"),
                "kinds", kind, "hospitalId", h1()));
        long dingtalk = channel(Json.object("name", "院办钉钉群", "kind", "DINGTALK_ROBOT",
                "target", url("/dingtalk?access_token=t"), "secret", "SECabc123", "kinds", kind, "hospitalId", h1()));
        notify(NotificationKind.ALARM_UNACKNOWLEDGED, "报警无人确认", "报警 #1 已超过 3 分钟无人确认");

        awaitSent(wecom);
        awaitSent(dingtalk);
        Received wecomCall = last("/wecom");
        assertThat((String) JsonPath.read(wecomCall.body(), "$.msgtype")).isEqualTo("markdown");
        assertThat((String) JsonPath.read(wecomCall.body(), "$.markdown.content"))
                .contains("**报警无人确认**").containsPattern("\\(https?://[^)]+/console\\)");
        Received dingCall = last("/dingtalk");
        Map<String, String> query = query(dingCall.query());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("SECabc123".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal((query.get("timestamp") + "\nSECabc123")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(query.get("sign")).as("the DingTalk call %s of %s", dingCall, received).isEqualTo(expected);
        assertThat((String) JsonPath.read(dingCall.body(), "$.markdown.title")).isEqualTo("报警无人确认");
    }

    @Test
    void aFailingWebhookIsRetriedAndEveryAttemptIsLogged() throws Exception {
        String kind = NotificationKind.REPORT_OVERDUE.name();
        long webhook = channel(Json.object("name", "市平台", "kind", "WEBHOOK", "target", url("/webhook"),
                "secret", "whsec", "kinds", kind));
        webhookFailuresLeft.set(1);
        notify(NotificationKind.REPORT_OVERDUE, "逾期未报", "报告逾期");
        await().atMost(Duration.ofSeconds(10)).until(() -> "PENDING".equals(deliveryStatus(webhook))
                && attempts(webhook) == 1);
        assertThat(lastError(webhook)).contains("500");
        assertThat(channels.attempt(deliveryOf(webhook))).isEqualTo("SENT");
        assertThat(attempts(webhook)).isEqualTo(2);
        Received call = last("/webhook");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("whsec".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(call.headers().get("X-safeward-signature").get(0))
                .isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(call.body().getBytes(StandardCharsets.UTF_8))));
        assertThat((String) JsonPath.read(call.body(), "$.kind")).isEqualTo(kind);
        mvc.perform(get("/api/v1/notification-channels/" + webhook + "/deliveries").header(HttpHeaders.AUTHORIZATION, logins.bearer("admin")))
                .andExpect(jsonPath("$.content[0].status", is("SENT"))).andExpect(jsonPath("$.content[0].attempts", is(2)));
    }

    @Test
    void anUnreachableTargetIsGivenUpAfterTheLastAttempt() throws Exception {
        String kind = NotificationKind.WATCHLIST_EXPIRED.name();
        long down = channel(Json.object("name", "down", "kind", "WEBHOOK", "target", "http://127.0.0.1:9/nowhere",
                "kinds", kind));
        notify(NotificationKind.WATCHLIST_EXPIRED, "t", "b");
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts(down) >= 1);
        long delivery = deliveryOf(down);
        String last = "PENDING";
        for (int i = 0; i < 10 && "PENDING".equals(last); i++) {
            last = channels.attempt(delivery);
        }
        assertThat(last).isEqualTo("FAILED");
        assertThat(attempts(down)).isEqualTo(5);
    }

    @Test
    void emailChannelsSendThroughSmtp() throws Exception {
        String kind = NotificationKind.INCIDENT_REPORTED.name();
        long mail = channel(Json.object("name", "院长邮箱", "kind", "EMAIL",
                "target", "leader@hospital.example, duty@hospital.example", "kinds", kind, "hospitalId", h1()));
        notify(NotificationKind.INCIDENT_REPORTED, "新警情", "急诊楼 1F 急诊抢救室");
        // In the integration profile other test contexts share the scheduler table and have no SMTP
        // configured (like a misconfigured node): drive the attempt here rather than race them.
        long delivery = deliveryOf(mail);
        String result = "PENDING";
        for (int i = 0; i < 3 && !"SENT".equals(result); i++) {
            result = "SENT".equals(deliveryStatus(mail)) ? "SENT" : channels.attempt(delivery);
        }
        assertThat(result).isEqualTo("SENT");
        assertThat(smtp.getReceivedMessages()).anySatisfy(message -> {
            assertThat(message.getSubject()).isEqualTo("[SafeWard] 新警情");
            assertThat(message.getAllRecipients()).hasSize(2);
        });
    }

    @Test
    void channelsAreAdministeredWithinScopeAndSecretsNeverLeave() throws Exception {
        mvc.perform(post("/api/v1/notification-channels").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("name", "x", "kind", "WEBHOOK", "target", url("/w"), "kinds", "*")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("hospitalId")));
        mvc.perform(post("/api/v1/notification-channels").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("name", "x", "kind", "WEBHOOK", "target", "ftp://nope", "kinds", "*",
                        "hospitalId", h1())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("target")));
        mvc.perform(get("/api/v1/notification-channels").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin")))
                .andExpect(status().isOk()).andExpect(content().string(not(org.hamcrest.Matchers.containsString("SECabc123"))))
                .andExpect(jsonPath("$.content[?(@.hospitalId == null)]").isEmpty());
        mvc.perform(get("/api/v1/notification-channels").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/notification-channels").session(logins.session("admin"))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from notification_channels where secret_cipher like '%SECabc123%'")
                .query(Long.class).single()).isZero();
    }

    /**
     * Issue 17 (SSRF): a webhook to the node itself, the cloud metadata address or a name resolving to
     * the inside network is refused when saved; a name that resolved outside when saved and inside at
     * send time is refused before any connection (the stub resolver answers; nothing is contacted).
     */
    @Test
    void aWebhookCannotBeTurnedOnTheInsideNorRebindAfterItWasSaved() throws Exception {
        resolver.map("intranet.hospital.test", "10.20.30.40");
        for (String target : List.of("http://localhost:8080/actuator/prometheus", "http://[::1]:8080/",
                "http://169.254.169.254/latest/meta-data/", "http://intranet.hospital.test/hook")) {
            mvc.perform(post("/api/v1/notification-channels").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                    .contentType(MediaType.APPLICATION_JSON).content(Json.object("name", "x", "kind", "WEBHOOK",
                            "target", target, "kinds", "*", "hospitalId", h1())))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("target")));
        }
        mvc.perform(post("/api/v1/notification-channels").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("name", "x", "kind", "WECOM_ROBOT",
                        "target", "https://robots.evil.test/cgi-bin/webhook/send?key=1", "kinds", "*", "hospitalId", h1())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("target")));

        String kind = NotificationKind.RISK_LETTER.name();
        resolver.map("hooks.partner.test", "203.0.113.10");
        long partner = channel(Json.object("name", "合作平台", "kind", "WEBHOOK", "target",
                "https://hooks.partner.test/safeward", "kinds", kind));
        resolver.map("hooks.partner.test", "10.0.0.7");
        notify(NotificationKind.RISK_LETTER, "风险提示函", "内容");
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts(partner) >= 1);
        assertThat(lastError(partner)).contains("refused before connecting");
    }

    @Test
    void anAdministratorTicksTheKindsOfNotificationAChannelCarries() throws Exception {
        var hadmin = logins.session("hadmin");
        String name = "保卫科群 " + System.nanoTime();
        mvc.perform(post("/notification-channels").session(hadmin).with(csrf()).param("name", name).param("kind", "WEBHOOK")
                .param("hospitalId", String.valueOf(h1())).param("target", url("/ticked"))
                .param("kinds", "INCIDENT_REPORTED").param("kinds", "GUARD_TASK"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/notification-channels?size=200").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin")))
                .andExpect(jsonPath("$.content[?(@.name == '" + name + "')].kinds",
                        org.hamcrest.Matchers.contains("INCIDENT_REPORTED,GUARD_TASK")));
        mvc.perform(get("/notification-channels").session(hadmin))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("新警情、保安任务")));

        mvc.perform(post("/api/v1/notification-channels").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                .contentType(MediaType.APPLICATION_JSON).content(com.safeward.Json.object("name", "x",
                        "kind", "WEBHOOK",
                        "target", url("/w"), "kinds", "INCIDENT_REPORTED,NO_SUCH_KIND", "hospitalId", h1())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("kinds")));
    }

    private long channel(String json) throws Exception {
        String body = mvc.perform(post("/api/v1/notification-channels").header(HttpHeaders.AUTHORIZATION, logins.bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("secret\"");
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private void notify(NotificationKind kind, String title, String body) {
        transactions.executeWithoutResult(tx -> center.send(Notice.of(kind, h1(), List.of("security"),
                Text.of("notice.text", title), Text.of("notice.text", body), "/console")));
    }

    private void awaitSent(long channel) {
        await().atMost(Duration.ofSeconds(15)).until(() -> "SENT".equals(deliveryStatus(channel)));
    }

    private String deliveryStatus(long channel) {
        return jdbc.sql("select status from notification_deliveries where channel_id = :c order by id desc limit 1")
                .param("c", channel).query(String.class).optional().orElse(null);
    }

    private int attempts(long channel) {
        return jdbc.sql("select attempts from notification_deliveries where channel_id = :c order by id desc limit 1")
                .param("c", channel).query(Integer.class).optional().orElse(0);
    }

    private String lastError(long channel) {
        return jdbc.sql("select last_error from notification_deliveries where channel_id = :c order by id desc limit 1")
                .param("c", channel).query(String.class).single();
    }

    private long deliveryOf(long channel) {
        return jdbc.sql("select max(id) from notification_deliveries where channel_id = :c").param("c", channel)
                .query(Long.class).single();
    }

    private long h1() {
        return directory.hospitalIdByCode("H001").orElseThrow();
    }

    private static Received last(String path) {
        return received.stream().filter(r -> r.path().equals(path)).reduce((a, b) -> b).orElseThrow();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }
}
