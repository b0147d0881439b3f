package com.safeward.identity;

import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.organizations.OrganizationDirectory;
import com.safeward.texts.DisplayTimes;
import com.safeward.web.PageResponse;

/**
 * Long-lived integration tokens, scoped to one hospital and a set of permissions. System admins
 * and the hospital's admin; the token value is returned once, at creation.
 */
@RestController
@RequestMapping("/api/v1/integration-tokens")
@Tag(name = "Integration tokens", description = "Tokens for hospital information systems and device gateways")
@PreAuthorize(IdentityAccess.ADMINS)
class IntegrationTokenApi {

    private final TokenService tokens;
    private final OrganizationDirectory directory;
    private final ZoneId zone;

    IntegrationTokenApi(TokenService tokens, OrganizationDirectory directory, DisplayTimes times) {
        this.tokens = tokens;
        this.directory = directory;
        this.zone = times.zone();
    }

    @GetMapping
    @Operation(summary = "The integration tokens of your hospitals, newest first (never their values)")
    PageResponse<IntegrationTokenView> list(@ParameterObject Pageable pageable) {
        return PageResponse.of(tokens.integrationTokens(directory.currentScope(), pageable), t -> t);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a token; the response holds its value, which is never shown again")
    TokenService.IssuedToken create(@Valid @RequestBody IntegrationTokenForm form) {
        return tokens.createIntegrationToken(form.name, form.hospitalId, form.permissions,
                form.validUntil == null ? null : form.validUntil.plusDays(1).atStartOfDay(zone).toInstant(),
                directory.currentScope());
    }

    @PostMapping("/{id}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        tokens.revokeIntegrationToken(id, directory.currentScope());
    }
}
