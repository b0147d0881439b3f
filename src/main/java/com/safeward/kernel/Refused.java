package com.safeward.kernel;

/**
 * A well-formed request the record's state refuses (DSP-4: a compensation before the liability is
 * determined; INC-5: mediation while the disturbance goes on). The API answers 409 with a problem
 * saying why and naming the field; forms show the message next to it, like any broken rule.
 */
public class Refused extends RuleViolation {

    public Refused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
