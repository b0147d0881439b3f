package com.safeward.ingest;

import com.safeward.kernel.RuleViolation;

/** A device message that cannot be accepted, naming the offending field (HTTP: 400; MQTT: dead letter). */
class RejectedMessage extends RuleViolation {

    RejectedMessage(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    String reason() {
        return field() + ": " + messageKey();
    }
}
