package com.safeward.notifications;

/** Where a channel delivers. */
public enum ChannelKind {
    /** 企业微信群机器人 (webhook URL with key). */
    WECOM_ROBOT,
    /** 钉钉群机器人, signed with the robot's secret (加签). */
    DINGTALK_ROBOT,
    /** Any system accepting a JSON POST; signed with HMAC-SHA256 when a secret is set. */
    WEBHOOK,
    /** SMTP email to the listed addresses (spring.mail.*). */
    EMAIL
}
