package com.safeward.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.safeward.TestHostResolver;
import com.safeward.kernel.RuleViolation;

/**
 * SSRF (issue 17, point 2): with no host allowed by an administrator, channels cannot send to the
 * node itself or the inside network — checked on the resolved addresses, with a stub resolver
 * (nothing is resolved by DNS or contacted).
 */
class OutboundAddressTests {

    private final TestHostResolver resolver = new TestHostResolver();
    private final OutboundAddresses addresses = new OutboundAddresses(resolver, List.of());

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/api/v1/alarms", "http://localhost/", "http://[::1]:8080/",
            "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/hook", "http://172.16.0.9/", "http://192.168.1.20/",
            "http://100.64.0.1/", "http://0.0.0.0:8080/", "http://[fd00::1]/", "http://[fe80::1]/",
            "http://[::ffff:127.0.0.1]/", "http://224.0.0.1/"})
    void aWebhookToTheInsideIsRefused(String target) {
        assertThatThrownBy(() -> addresses.check(ChannelKind.WEBHOOK, target)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("target");
    }

    @Test
    void aNameIsJudgedByTheAddressesItResolvesTo() {
        resolver.map("intranet.hospital.test", "10.20.30.40");
        resolver.map("hooks.partner.test", "203.0.113.10");
        assertThatThrownBy(() -> addresses.check(ChannelKind.WEBHOOK, "https://intranet.hospital.test/hook"))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("validation.channel.internal");
        assertThatCode(() -> addresses.check(ChannelKind.WEBHOOK, "https://hooks.partner.test/safeward"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> addresses.check(ChannelKind.WEBHOOK, "https://nowhere.test/"))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("validation.channel.unresolvable");
        assertThatThrownBy(() -> addresses.check(ChannelKind.WEBHOOK, "https://user:secret@hooks.partner.test/"))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("validation.channel.credentials");
        assertThatThrownBy(() -> addresses.check(ChannelKind.WEBHOOK, "file:///etc/passwd"))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("validation.channel.url");
    }

    @Test
    void robotsGoOnlyToTheirServicesOfficialHostOverHttps() {
        resolver.map("qyapi.weixin.qq.com", "203.0.113.20");
        resolver.map("oapi.dingtalk.com", "203.0.113.21");
        assertThatCode(() -> addresses.check(ChannelKind.WECOM_ROBOT,
                "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc")).doesNotThrowAnyException();
        assertThatCode(() -> addresses.check(ChannelKind.DINGTALK_ROBOT,
                "https://oapi.dingtalk.com/robot/send?access_token=abc")).doesNotThrowAnyException();
        assertThatThrownBy(() -> addresses.check(ChannelKind.WECOM_ROBOT, "http://qyapi.weixin.qq.com/cgi-bin/webhook/send"))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("validation.channel.robotHost");
        assertThatThrownBy(() -> addresses.check(ChannelKind.DINGTALK_ROBOT, "https://oapi.dingtalk.com.evil.test/robot"))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("validation.channel.robotHost");
    }

    @Test
    void aHostAnAdministratorAllowedIsTrustedByName() throws Exception {
        OutboundAddresses allowing = new OutboundAddresses(resolver, List.of(" 127.0.0.1 ", "Intranet.Hospital.test"));
        resolver.map("intranet.hospital.test", "10.20.30.40");
        assertThatCode(() -> allowing.check(ChannelKind.WEBHOOK, "http://127.0.0.1:9/nowhere")).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check(ChannelKind.WEBHOOK, "http://intranet.hospital.test/hook"))
                .doesNotThrowAnyException();
        assertThat(OutboundAddresses.internal(java.net.InetAddress.getByName("8.8.8.8"))).isFalse();
    }
}
