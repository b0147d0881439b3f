package com.safeward.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create a channel: where to, with which secret, for which kinds of notification. */
class ChannelForm {
    /** Empty: system-wide (system admins only). */
    public Long hospitalId;
    @NotBlank @Size(max = 100)
    public String name;
    @NotNull
    public ChannelKind kind;
    /** The robot or webhook URL, or comma-separated email addresses. */
    @NotBlank @Size(max = 1000)
    public String target;
    @Size(max = 200)
    public String secret;
    /** Comma-separated notification kinds, e.g. ALARM_UNACKNOWLEDGED,REPORT_OVERDUE; * for all. */
    @NotBlank @Size(max = 1000)
    public String kinds = "*";
}
