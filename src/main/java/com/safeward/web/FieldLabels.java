package com.safeward.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** How messages name a field: its label {@code field.<name>} (for a nested field, its last segment), else its name. */
final class FieldLabels {

    private FieldLabels() {
    }

    static MessageSourceResolvable of(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        return new DefaultMessageSourceResolvable(new String[] {"field." + field, "field." + last}, field);
    }
}
