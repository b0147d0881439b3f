package com.safeward.ledger;

/**
 * One item of a checklist: the question, what answer is expected ({@link AnswerType}), whether a
 * photo must back the answer, the requirement it proves and how serious a failure is.
 * {@code hospitalItem}: added by a hospital for its own inspections.
 */
record ChecklistItemView(long id, String section, String question, AnswerType answerType, String expected,
        boolean photoRequired, String requirementId, Severity severity, boolean hospitalItem) {
}
