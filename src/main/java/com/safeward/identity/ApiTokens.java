package com.safeward.identity;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ApiTokens extends ListCrudRepository<ApiToken, Long> {
    Optional<ApiToken> findByTokenHash(String tokenHash);
}
