package com.safeward.disputes;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.safeward.compliance.RuleOutcome;
import com.safeward.kernel.Text;

/**
 * The shape most of this module's rules share: one grouped query answers, per hospital, how many
 * records there are ({@code total}) and how many break the duty ({@code bad}); any bad one fails the
 * hospital ({@code failKey} with bad and total), none passes it ({@code passKey} with total). A
 * hospital without records is left out: nothing to judge.
 */
final class CountedOutcomes {

    private CountedOutcomes() {
    }

    static Map<Long, RuleOutcome> of(JdbcClient.StatementSpec query, String failKey, String passKey,
            LongFunction<String> link) {
        Map<Long, RuleOutcome> outcomes = new HashMap<>();
        query.query((rs, n) -> {
            long hospital = rs.getLong("hospital_id");
            long bad = rs.getLong("bad");
            long total = rs.getLong("total");
            outcomes.put(hospital, bad > 0 ? RuleOutcome.fail(Text.of(failKey, bad, total), link.apply(hospital))
                    : RuleOutcome.pass(Text.of(passKey, total), link.apply(hospital)));
            return null;
        }).list();
        return outcomes;
    }
}
