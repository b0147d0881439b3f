package com.safeward.ledger;

/**
 * What a checklist item asks for. Its expected answer: {@code YES} or {@code NO} for YES_NO; a
 * minimum for NUMBER (none: recorded only); none for TEXT (the inspector says whether it holds).
 */
enum AnswerType {
    YES_NO, NUMBER, TEXT
}
