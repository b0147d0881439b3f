package com.safeward.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives every page of a controller marked {@link AccessDeclaredBy} the model attribute {@code may}:
 * what the signed-in user may do, as the module's access class declares it (other controllers, the
 * REST API among them, are not advised).
 */
@ControllerAdvice(annotations = AccessDeclaredBy.class)
class AccessModel {

    private final AccessRules access;

    AccessModel(AccessRules access) {
        this.access = access;
    }

    @ModelAttribute("may")
    Map<String, Boolean> may(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler) {
            AccessDeclaredBy declared = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(),
                    AccessDeclaredBy.class);
            if (declared != null) {
                return access.of(declared.value());
            }
        }
        return Map.of();
    }
}
