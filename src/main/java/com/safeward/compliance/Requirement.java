package com.safeward.compliance;

/**
 * One requirement of the catalog (SUP-4): its ID, the clause(s) of the notices it comes from, where
 * it applies, its Chinese title and its English text.
 */
record Requirement(String id, String clause, Applicability applicability, String titleZh, String textEn) {

    /** The title in the reader's language (English readers get the catalog's text). */
    String title(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? titleZh : textEn;
    }

    /** INC, DSP, WL …: the catalog's sections. */
    String section() {
        return id.substring(0, id.indexOf('-'));
    }
}
