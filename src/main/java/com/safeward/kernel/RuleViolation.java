package com.safeward.kernel;

/**
 * A request that is well-formed but breaks a rule about one field (an unknown hospital, a
 * duplicate code, a step that cannot be taken in the record's state). The API answers 400 naming
 * the field; forms show the message next to it. {@code messageKey} is a key of the messages.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
