package com.safeward.compliance;

import java.time.Instant;
import java.util.List;

import com.safeward.kernel.Text;

/** What the compliance pages and API show (SUP-4). */
final class ComplianceViews {

    private ComplianceViews() {
    }

    /** A hospital's standing: requirements passed and failed, and its score (passed of judged, in %). */
    record HospitalScore(long hospitalId, String hospitalLabel, int passed, int failed, int noData, Integer score,
            Instant evaluatedAt) {
    }

    /**
     * One requirement at one hospital, with the clause, the finding and the records behind it, and
     * what to do to pass it (when it fails or has no data).
     */
    record RequirementStatus(String requirementId, String clause, String title, String text, ComplianceStatus status,
            EvaluationMode mode, Text finding, List<String> links, Instant evaluatedAt, Instant changedAt,
            Text remedy) {
    }

    /** One requirement across a region's hospitals: how many pass, how many fail, and the first 20 failing by name. */
    record RequirementRollup(String requirementId, String clause, String title, EvaluationMode mode, int passed,
            int failed, Integer passShare, List<String> failing) {
    }

    /**
     * A region's roll-up (SUP-1): its hospitals' scores, worst first, each requirement across them,
     * and how many hospitals have escalation reports overdue (INC-6 failing) or ledger items overdue
     * (RSK-2 failing).
     */
    record RegionRollup(long regionId, String regionName, int hospitals, Integer averageScore,
            List<HospitalScore> worst, List<RequirementRollup> requirements, int hospitalsWithOverdueReports,
            int hospitalsWithOverdueLedgerItems) {
    }

    /** One hospital's status on one requirement, for a requirement's page. */
    record HospitalStatus(long hospitalId, String hospitalLabel, ComplianceStatus status, Text finding,
            List<String> links, Instant changedAt) {
    }

    /** A hospital's score at the end of a month (trends by month, from the history of statuses). */
    record MonthScore(String month, Integer score) {
    }
}
