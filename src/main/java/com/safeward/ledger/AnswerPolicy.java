package com.safeward.ledger;

import java.math.BigDecimal;

import com.safeward.kernel.RuleViolation;

/**
 * SUP-2: what an inspector's answer to an item means. YES_NO: {@code YES}/{@code NO} against the
 * expected answer; NUMBER: at least the expected minimum (TEC-5: video kept ≥ 90 days), or only
 * recorded when the item names none; TEXT: a finding when the inspector says so. {@code NA} (不适用)
 * is accepted for any item; 是/否 as well as YES/NO.
 */
final class AnswerPolicy {

    static final String NOT_APPLICABLE = "NA";

    private AnswerPolicy() {
    }

    /** The answer as stored (trimmed, upper-case for YES/NO/NA), or a rule violation naming {@code answer}. */
    static String normalized(AnswerType type, String answer) {
        String value = answer == null ? "" : answer.trim();
        if (value.isEmpty()) {
            throw new RuleViolation("answer", "validation.inspection.answerMissing");
        }
        if (NOT_APPLICABLE.equalsIgnoreCase(value) || value.equals("不适用")) {
            return NOT_APPLICABLE;
        }
        return switch (type) {
            case YES_NO -> {
                String upper = switch (value) {
                    case "是", "符合" -> "YES";
                    case "否", "不符合" -> "NO";
                    default -> value.toUpperCase(java.util.Locale.ROOT);
                };
                if (!upper.equals("YES") && !upper.equals("NO")) {
                    throw new RuleViolation("answer", "validation.inspection.yesOrNo");
                }
                yield upper;
            }
            case NUMBER -> {
                try {
                    yield new BigDecimal(value).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException notANumber) {
                    throw new RuleViolation("answer", "validation.inspection.number");
                }
            }
            case TEXT -> value;
        };
    }

    /** The outcome of a normalized answer; {@code markedFinding}: the inspector says the item does not hold. */
    static ItemOutcome outcome(AnswerType type, String expected, String answer, boolean markedFinding) {
        if (NOT_APPLICABLE.equals(answer)) {
            return ItemOutcome.NOT_APPLICABLE;
        }
        boolean holds = switch (type) {
            case YES_NO -> expected == null || expected.equals(answer);
            case NUMBER -> expected == null || new BigDecimal(answer).compareTo(new BigDecimal(expected)) >= 0;
            case TEXT -> true;
        };
        return holds && !markedFinding ? ItemOutcome.COMPLIANT : ItemOutcome.FINDING;
    }
}
