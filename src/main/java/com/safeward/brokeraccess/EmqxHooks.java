package com.safeward.brokeraccess;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * EMQX 5 asks SafeWard whom to let in and what they may do (issue 17, point 1): its HTTP
 * authenticator and HTTP authorizer point here, with the shared secret
 * ({@code safeward.mqtt.access.emqx-hook-secret}) in the header {@code X-SafeWard-Hook-Secret}. The
 * answers are the embedded broker's ({@link DeviceLogins}): a device by its user name and token,
 * publishing only to its own topic; the node alone subscribes; everything refused is counted against
 * the device. Without the secret configured, or with another one, the hooks answer 404 (switched
 * off). EMQX treats any answer but allow as a refusal once SafeWard is its only authenticator and
 * authorizer with {@code no_match = deny}.
 */
@RestController
@RequestMapping("/api/v1/broker/emqx")
@Tag(name = "Broker hooks", description = "Issue 17: EMQX's HTTP authentication and authorization, answered from the device registry")
class EmqxHooks {

    static final String SECRET_HEADER = "X-SafeWard-Hook-Secret";
    private static final Map<String, Object> ALLOW = Map.of("result", "allow", "is_superuser", false);
    private static final Map<String, Object> DENY = Map.of("result", "deny");

    private final DeviceLogins logins;
    private final byte[] secret;

    EmqxHooks(DeviceLogins logins, BrokerAccessProperties properties) {
        this.logins = logins;
        this.secret = properties.emqxHookSecret() == null ? null : properties.emqxHookSecret().getBytes(StandardCharsets.UTF_8);
    }

    /** What EMQX's HTTP authenticator sends: {@code {"username": "${username}", "password": "${password}", "clientid": "${clientid}"}}. */
    record SignIn(String username, String password, String clientid) {
    }

    /** What EMQX's HTTP authorizer sends: {@code {"username": "${username}", "clientid": "${clientid}", "topic": "${topic}", "action": "${action}"}}. */
    record Access(String username, String clientid, String topic, String action) {
    }

    @PostMapping("/authenticate")
    @SecurityRequirements
    @Operation(summary = "EMQX HTTP authentication: allow a device with its token (user name hospitalCode/deviceCode "
            + "or its code), or the node; deny everything else, counted")
    ResponseEntity<Map<String, Object>> authenticate(@RequestHeader(value = SECRET_HEADER, required = false) String given,
            @RequestBody SignIn signIn) {
        return answer(given, () -> signIn.clientid() != null && logins.signIn(signIn.clientid(), signIn.username(),
                signIn.password() == null ? null : signIn.password().getBytes(StandardCharsets.UTF_8)));
    }

    @PostMapping("/authorize")
    @SecurityRequirements
    @Operation(summary = "EMQX HTTP authorization: a device publishes only to its own topic, only the node subscribes; "
            + "refusals counted against the device")
    ResponseEntity<Map<String, Object>> authorize(@RequestHeader(value = SECRET_HEADER, required = false) String given,
            @RequestBody Access access) {
        return answer(given, () -> access.clientid() != null && access.topic() != null
                && switch (String.valueOf(access.action())) {
                    case "publish" -> logins.mayPublishThroughHook(access.clientid(), blankAsNull(access.username()),
                            access.topic());
                    case "subscribe" -> logins.maySubscribe(access.clientid(), blankAsNull(access.username()));
                    default -> false;
                });
    }

    /** 404 to a caller without the secret (the decision not even asked); else EMQX's allow or deny. */
    private ResponseEntity<Map<String, Object>> answer(String given, BooleanSupplier decision) {
        if (!trusted(given)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(decision.getAsBoolean() ? ALLOW : DENY);
    }

    private boolean trusted(String given) {
        return secret != null && given != null
                && MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8));
    }

    /** EMQX fills an absent user name with an empty string. */
    private static String blankAsNull(String username) {
        return username == null || username.isEmpty() ? null : username;
    }
}
