package com.safeward.identity;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;

/**
 * Bearer tokens for API clients and the caller's own account. {@code POST /auth/token}: anyone
 * with a username and password (failures count towards lockout); the rest: any signed-in user.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Authentication", description = "Short-lived bearer tokens; your own account")
class AuthApi {

    private final AuthenticationManager authentication;
    private final TokenService tokens;
    private final UserAdministration users;
    private final OrganizationDirectory directory;
    private final ProblemResponses problems;
    private final SignInLimits limits;

    AuthApi(AuthenticationManager authentication, TokenService tokens, UserAdministration users,
            OrganizationDirectory directory, ProblemResponses problems, SignInLimits limits) {
        this.limits = limits;
        this.authentication = authentication;
        this.tokens = tokens;
        this.users = users;
        this.directory = directory;
        this.problems = problems;
    }

    record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
    }

    record TokenResponse(String accessToken, String tokenType, Instant expiresAt) {
    }

    @PostMapping("/auth/token")
    @SecurityRequirements
    @Operation(summary = "Exchange username and password for a bearer token (default lifetime 1 h). Failed attempts "
            + "are limited per client address and per account (429 with Retry-After), on top of the lockout")
    ResponseEntity<?> token(@Valid @RequestBody TokenRequest request, jakarta.servlet.http.HttpServletRequest http) {
        limits.admit(http.getRemoteAddr(), request.username());
        Authentication result;
        try {
            result = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        } catch (AuthenticationException failed) {
            limits.failed(http.getRemoteAddr(), request.username());
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(problems.detail(HttpStatus.UNAUTHORIZED,
                            failed instanceof org.springframework.security.authentication.LockedException
                                    ? "problem.locked" : "problem.badCredentials"));
        }
        TokenService.IssuedToken issued = tokens.issueAccessToken((SignedInUser) result.getPrincipal());
        return ResponseEntity.ok(new TokenResponse(issued.token(), "Bearer", issued.expiresAt()));
    }

    @PostMapping("/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(IdentityAccess.SIGNED_IN)
    @Operation(summary = "Revoke the access token used for this request")
    void logout(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.revokeAccessToken(authorization.substring(7).trim());
    }

    record Me(String username, String displayName, Role role, Long hospitalId, Long policeStationId, Long regionId,
            boolean allHospitals, java.util.Set<Long> hospitalIds) {
    }

    @GetMapping("/me")
    @PreAuthorize(IdentityAccess.SIGNED_IN)
    @Operation(summary = "Who you are and which hospitals your data scope includes")
    Me me(@AuthenticationPrincipal Actor actor) {
        DataScope scope = directory.scopeOf(actor);
        return new Me(actor.username(), actor.displayName(), actor.role(), actor.hospitalId(), actor.policeStationId(),
                actor.regionId(), scope.everything(), scope.hospitalIds());
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(IdentityAccess.PEOPLE)
    @Operation(summary = "Change your password (current password required)")
    void changePassword(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody PasswordChange change) {
        users.changeOwnPassword(user.id(), change);
    }
}
