package com.safeward.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.organizations.Actor;
import com.safeward.web.BodyValidator;
import com.safeward.web.PageResponse;

/**
 * Accounts. System admins manage all; hospital admins the accounts of their own hospital (others
 * answer 404). Passwords are write-only.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts, roles and their affiliation (data scope)")
@PreAuthorize(IdentityAccess.ADMINS)
class UserApi {

    private final UserAdministration users;
    private final BodyValidator validator;

    UserApi(UserAdministration users, BodyValidator validator) {
        this.users = users;
        this.validator = validator;
    }

    @GetMapping
    @Operation(summary = "Accounts you manage; q searches username and display name")
    PageResponse<UserView> list(@AuthenticationPrincipal Actor admin, @RequestParam(required = false) String q,
            @ParameterObject Pageable pageable) {
        return PageResponse.of(users.list(admin, q, pageable), u -> u);
    }

    @GetMapping("/{id}")
    UserView get(@AuthenticationPrincipal Actor admin, @PathVariable long id) {
        return users.get(admin, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@AuthenticationPrincipal Actor admin, @Valid @RequestBody UserForm form) {
        return users.create(admin, form);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit an account; a non-empty password resets it")
    UserView update(@AuthenticationPrincipal Actor admin, @PathVariable long id, @RequestBody UserForm form) {
        users.get(admin, id); // 404 for an account the caller does not manage, before the body is looked at
        validator.valid(form);
        return users.update(admin, id, form);
    }

    @PostMapping("/{id}/unlock")
    UserView unlock(@AuthenticationPrincipal Actor admin, @PathVariable long id) {
        return users.unlock(admin, id);
    }
}
