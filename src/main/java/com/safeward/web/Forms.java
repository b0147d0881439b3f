package com.safeward.web;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form objects are plain classes with public fields; pages bind and render them by field access.
 * Domain rule violations ({@link InvalidFieldException}) appear next to the field like any
 * validation error.
 */
@ControllerAdvice
public class Forms {

    @InitBinder
    void bindFormsByField(WebDataBinder binder) {
        Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (type != null && !type.isRecord() && type.getPackageName().startsWith("com.safeward")) {
            binder.initDirectFieldAccess();
        }
    }

    /** Puts a form on the page, ready for {@code th:field}. */
    public static void show(Model model, String name, Object form) {
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, new DirectFieldBindingResult(form, name));
    }

    /** Shows a rule violation next to its field (or above the form when the field is not on it). */
    public static void reject(BindingResult errors, InvalidFieldException ex) {
        try {
            errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
        } catch (RuntimeException notAFieldOfTheForm) {
            errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
        }
    }
}
