package com.safeward.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;

/**
 * Validates a request body after the record it acts on was found in the caller's scope: an
 * action on another hospital's record answers 404 whatever the body, so a malformed body cannot
 * tell anyone that the record exists. Errors answer like {@code @Valid} ones (400, fields named).
 */
@Component
public class BodyValidator {

    /** A body that broke its constraints, answered as 400 with the fields named. */
    static final class InvalidBody extends RuntimeException {
        private final transient BindingResult result;

        InvalidBody(BindingResult result) {
            super(null, null, false, false);
            this.result = result;
        }

        BindingResult result() {
            return result;
        }
    }

    private final SmartValidator validator;

    BodyValidator(SmartValidator validator) {
        this.validator = validator;
    }

    /** The body, when it satisfies its constraints. */
    public <T> T valid(T body) {
        // named as @Valid names it, so a global error names the same object either way
        BindingResult result = new BeanPropertyBindingResult(body,
                java.beans.Introspector.decapitalize(body.getClass().getSimpleName()));
        validator.validate(body, result);
        if (result.hasErrors()) {
            throw new InvalidBody(result);
        }
        return body;
    }
}
