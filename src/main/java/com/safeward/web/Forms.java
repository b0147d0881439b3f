package com.safeward.web;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.kernel.RuleViolation;

/**
 * Form objects are plain classes with public fields; pages bind and render them by field access.
 * Domain rule violations ({@link RuleViolation}) appear next to the field like any
 * validation error.
 */
@ControllerAdvice
public class Forms {

    /** A value that cannot be bound ("abc" for a number) names the field by its label, like validation messages. */
    private static final DefaultBindingErrorProcessor LABELLED_BINDING_ERRORS = new DefaultBindingErrorProcessor() {
        @Override
        protected Object[] getArgumentsForBindError(String objectName, String field) {
            return new Object[] {FieldLabels.of(field)};
        }
    };

    @InitBinder
    void bindFormsByField(WebDataBinder binder) {
        Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (type != null && !type.isRecord() && type.getPackageName().startsWith("com.safeward")) {
            binder.initDirectFieldAccess();
        }
        binder.setBindingErrorProcessor(LABELLED_BINDING_ERRORS);
    }

    /** Puts a form on the page, ready for {@code th:field}. */
    public static void show(Model model, String name, Object form) {
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, new DirectFieldBindingResult(form, name));
    }

    /**
     * The post of a form: when it is valid, {@code save} runs and its answer (usually a redirect)
     * is returned; when it is not, or {@code save} breaks a rule ({@link RuleViolation}),
     * the errors are shown next to their fields and {@code showAgain} renders the form again.
     */
    public static String submit(BindingResult errors, Supplier<String> save, Supplier<String> showAgain) {
        if (!errors.hasErrors()) {
            try {
                return save.get();
            } catch (RuleViolation ex) {
                reject(errors, ex);
            }
        }
        return showAgain.get();
    }

    /**
     * A button's action on a page that redirects back: on success the notice key, on a rule
     * violation its message (with arguments) is flashed to the next page, and so is a change
     * someone else made to the record since the page was shown.
     */
    public static String act(RedirectAttributes redirect, String back, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (RuleViolation ex) {
            redirect.addFlashAttribute("actionError", ex.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", ex.arguments());
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            redirect.addFlashAttribute("actionError", "problem.concurrentChange");
            redirect.addFlashAttribute("actionErrorArgs", new Object[0]);
        }
        return "redirect:" + back;
    }

    /** Shows a rule violation next to its field (or above the form when the field is not on it). */
    public static void reject(BindingResult errors, RuleViolation ex) {
        try {
            errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
        } catch (RuntimeException notAFieldOfTheForm) {
            errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
        }
    }
}
