package com.safeward.notifications;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import com.safeward.texts.Texts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one message through one channel in that channel's format: WeCom and DingTalk robot
 * markdown (DingTalk signed with timestamp and HMAC-SHA256 of its secret), a JSON webhook
 * (signed in {@code X-SafeWard-Signature} when it has a secret), or an email. Throws on failure.
 * An address {@link OutboundAddresses} refuses is never connected to; redirects are not followed.
 */
@Component
class ChannelSender {

    /** What to send. */
    record Message(String kind, String title, String body, String link, Long hospitalId) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String baseUrl;
    private final String mailFrom;
    private final MessageSource messages;
    private final OutboundAddresses outbound;

    ChannelSender(JsonMapper json, ObjectProvider<JavaMailSender> mail, Clock clock, MessageSource messages,
            OutboundAddresses outbound,
            @Value("${safeward.notifications.base-url}") String baseUrl,
            @Value("${spring.mail.username:safeward@localhost}") String mailFrom) {
        this.json = json;
        this.messages = messages;
        this.outbound = outbound;
        this.mail = mail;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.mailFrom = mailFrom;
    }

    void send(ChannelKind kind, String target, String secret, Message message) throws Exception {
        if (kind != ChannelKind.EMAIL) {
            try {
                outbound.check(kind, target); // again at every send: the name may resolve elsewhere by now
            } catch (com.safeward.kernel.RuleViolation refused) {
                throw new IllegalStateException("refused before connecting: " + refused.messageKey());
            }
        }
        switch (kind) {
            case WECOM_ROBOT -> robot(target, Map.of("msgtype", "markdown", "markdown",
                    Map.of("content", markdown(message))));
            case DINGTALK_ROBOT -> robot(secret == null ? target : signedDingTalk(target, secret),
                    Map.of("msgtype", "markdown", "markdown", Map.of("title", message.title(), "text", markdown(message))));
            case WEBHOOK -> webhook(target, secret, message);
            case EMAIL -> email(target, message);
        }
    }

    private String markdown(Message message) {
        return "**" + message.title() + "**\n\n" + (message.body() == null ? "" : message.body())
                + (message.link() == null ? "" : "\n\n[" + text("channels.message.details") + "](" + baseUrl
                        + message.link() + ")");
    }

    /** Robots answer HTTP 200 with {"errcode":0} on success. */
    private void robot(String url, Map<String, Object> payload) throws Exception {
        HttpResponse<String> response = post(url, json.writeValueAsString(payload), Map.of());
        JsonNode answer = json.readTree(response.body());
        if (response.statusCode() != 200 || answer.path("errcode").asInt(-1) != 0) {
            // the status and the robot's error code, never its body (issue 17: the delivery log keeps no answers)
            throw new IllegalStateException("robot answered " + response.statusCode() + " errcode "
                    + answer.path("errcode").asInt(-1));
        }
    }

    /** DingTalk 加签: timestamp and sign = base64(HmacSHA256(secret, timestamp + "\n" + secret)), URL-encoded. */
    String signedDingTalk(String url, String secret) throws Exception {
        long timestamp = clock.millis();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sign = Base64.getEncoder().encodeToString(
                mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign="
                + URLEncoder.encode(sign, StandardCharsets.UTF_8);
    }

    private void webhook(String url, String secret, Message message) throws Exception {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", message.kind());
        payload.put("title", message.title());
        payload.put("body", message.body());
        payload.put("link", message.link() == null ? null : baseUrl + message.link());
        payload.put("hospitalId", message.hospitalId());
        payload.put("sentAt", clock.instant().toString());
        String body = json.writeValueAsString(payload);
        Map<String, String> headers = new LinkedHashMap<>();
        if (secret != null) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            headers.put("X-SafeWard-Signature", "sha256=" + HexFormat.of().formatHex(
                    mac.doFinal(body.getBytes(StandardCharsets.UTF_8))));
        }
        HttpResponse<String> response = post(url, body, headers);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("webhook answered " + response.statusCode());
        }
    }

    private void email(String addresses, Message message) throws Exception {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("SMTP is not configured (spring.mail.host)");
        }
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(mailFrom);
        helper.setTo(addresses.split("\\s*,\\s*"));
        helper.setSubject(text("channels.message.subject", message.title()));
        helper.setText((message.body() == null ? "" : message.body())
                + (message.link() == null ? "" : "\n\n" + baseUrl + message.link()));
        sender.send(mime);
    }

    /** Channels speak Chinese: the hospitals' group chats and mailboxes. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Texts.OUTBOUND);
    }

    private HttpResponse<String> post(String url, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
