package com.safeward.ingest;

import com.safeward.web.InvalidFieldException;

/** A device message that cannot be accepted, naming the offending field (HTTP: 400; MQTT: dead letter). */
class RejectedMessage extends InvalidFieldException {

    RejectedMessage(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    String reason() {
        return field() + ": " + messageKey();
    }
}
