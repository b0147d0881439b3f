package com.safeward.compliance;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The requirements catalog as data (SUP-4): {@code compliance/requirements.csv}, one row per
 * requirement ID of {@code requirements.md}, read once at start-up. A rule naming an ID that is not
 * in it stops start-up.
 */
@Component
class RequirementCatalog {

    private final Map<String, Requirement> requirements = new LinkedHashMap<>();

    RequirementCatalog(List<ComplianceRule> rules) {
        try (Reader reader = new InputStreamReader(new ClassPathResource("compliance/requirements.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .get().parse(reader)) {
                requirements.put(row.get("id"), new Requirement(row.get("id"), row.get("clause"),
                        Applicability.valueOf(row.get("applicability")), row.get("title_zh"), row.get("text_en")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("compliance/requirements.csv", e);
        }
        rules.stream().map(ComplianceRule::requirementId).filter(id -> !requirements.containsKey(id)).findFirst()
                .ifPresent(id -> {
                    throw new IllegalStateException("a compliance rule names " + id + ", which the catalog does not have");
                });
    }

    List<Requirement> all() {
        return List.copyOf(requirements.values());
    }

    Optional<Requirement> find(String id) {
        return Optional.ofNullable(requirements.get(id));
    }
}
