package com.safeward.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ApiTokens extends ListCrudRepository<ApiToken, Long> {
    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByKindOrderByCreatedAtDesc(ApiToken.Kind kind);

    List<ApiToken> findByKindAndHospitalIdOrderByCreatedAtDesc(ApiToken.Kind kind, Long hospitalId);
}
