package com.safeward.compliance;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.safeward.kernel.Text;

/**
 * What a hospital does to pass a requirement (SUP-4, "what to do to pass"): the requirement's own
 * advice ({@code compliance.remedy.<ID>}) where SafeWard evaluates it from records, else the advice
 * for how it is evaluated (fix the inspection's findings; show it at the next inspection).
 */
@Component
class Remedies {

    private final MessageSource messages;

    Remedies(MessageSource messages) {
        this.messages = messages;
    }

    Text of(String requirementId, EvaluationMode mode) {
        String own = "compliance.remedy." + requirementId;
        if (messages.getMessage(own, null, null, Locale.SIMPLIFIED_CHINESE) != null) {
            return Text.of(own);
        }
        return Text.of("compliance.remedy." + (mode == null ? EvaluationMode.NOT_YET_COVERED : mode).name());
    }
}
