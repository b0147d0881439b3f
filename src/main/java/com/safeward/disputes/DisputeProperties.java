package com.safeward.disputes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.disputes.*}, per region under {@code regions.<region code>.*} (the most specific
 * wins): {@code max-representatives} (5) — representatives of the patient side besides the patient;
 * {@code max-negotiators} (5) — the patient side's people at one session (DSP-3, the cap the
 * mediation rules set); {@code insurer-threshold} (10000 yuan, SafeWard's) — a claim above it is
 * reported to the medical liability insurer; {@code leader-after-days} (30, H-2.1.2) — an open
 * dispute older than this needs a named leader (DSP-5). Not per region: {@code cause-categories.<CODE>}
 * — the cause categories of the case review (DSP-7) and their names, SafeWard's list by default;
 * {@code mediation-committee} — the people's mediation committee the written notice names (DSP-2),
 * per region too.
 */
@ConfigurationProperties("safeward.disputes")
record DisputeProperties(Integer maxRepresentatives, Integer maxNegotiators, BigDecimal insurerThreshold,
        Integer leaderAfterDays, Map<String, Limits> regions, Map<String, String> causeCategories,
        String mediationCommittee) {

    /** SafeWard's cause categories (常见医疗纠纷成因), in this order. */
    static final Map<String, String> DEFAULT_CAUSES = defaults();

    DisputeProperties {
        maxRepresentatives = maxRepresentatives == null ? 5 : maxRepresentatives;
        maxNegotiators = maxNegotiators == null ? 5 : maxNegotiators;
        insurerThreshold = insurerThreshold == null ? new BigDecimal("10000") : insurerThreshold;
        leaderAfterDays = leaderAfterDays == null ? 30 : leaderAfterDays;
        regions = regions == null ? Map.of() : Map.copyOf(regions);
        causeCategories = causeCategories == null || causeCategories.isEmpty() ? DEFAULT_CAUSES
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(causeCategories));
        mediationCommittee = mediationCommittee == null ? "所在地医疗纠纷人民调解委员会" : mediationCommittee;
    }

    private static Map<String, String> defaults() {
        Map<String, String> causes = new java.util.LinkedHashMap<>();
        causes.put("DIAGNOSIS_TREATMENT", "诊疗技术");
        causes.put("COMMUNICATION", "医患沟通");
        causes.put("SERVICE_ATTITUDE", "服务态度");
        causes.put("NURSING", "护理");
        causes.put("MANAGEMENT", "管理制度与流程");
        causes.put("INFORMED_CONSENT", "知情同意");
        causes.put("COST", "医疗费用");
        causes.put("PATIENT_EXPECTATION", "患方期望与认知");
        causes.put("OTHER", "其他");
        return java.util.Collections.unmodifiableMap(causes);
    }

    /** One region's numbers (any may be left out to inherit). */
    record Limits(Integer maxRepresentatives, Integer maxNegotiators, BigDecimal insurerThreshold,
            Integer leaderAfterDays, String mediationCommittee) {
    }

    /** The numbers for a hospital, given its region codes (root first). */
    Limits limitsFor(List<String> regionCodes) {
        int representatives = maxRepresentatives;
        int negotiators = maxNegotiators;
        BigDecimal threshold = insurerThreshold;
        int leaderDays = leaderAfterDays;
        String committee = mediationCommittee;
        for (String code : regionCodes) {
            Limits specific = regions.get(code);
            if (specific != null) {
                representatives = specific.maxRepresentatives() == null ? representatives : specific.maxRepresentatives();
                negotiators = specific.maxNegotiators() == null ? negotiators : specific.maxNegotiators();
                threshold = specific.insurerThreshold() == null ? threshold : specific.insurerThreshold();
                leaderDays = specific.leaderAfterDays() == null ? leaderDays : specific.leaderAfterDays();
                committee = specific.mediationCommittee() == null ? committee : specific.mediationCommittee();
            }
        }
        return new Limits(representatives, negotiators, threshold, leaderDays, committee);
    }
}
