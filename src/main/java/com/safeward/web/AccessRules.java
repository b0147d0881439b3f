package com.safeward.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Who may do what is declared once, in each module's access class, as the expressions its
 * endpoints name in {@code @PreAuthorize} ({@code IncidentAccess.HANDLE =
 * "hasAnyRole('SECURITY_OFFICER','MONITORING_OPERATOR')"}). Pages and the navigation ask the same
 * declarations: {@link #of} evaluates every constant of an access class for the signed-in user
 * ({@code ${may.HANDLE}} in a template), {@link #allows} one expression. Templates never name roles.
 */
@Component("access")
public class AccessRules {

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    private final Map<String, Expression> parsed = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, String>> declarations = new ConcurrentHashMap<>();

    /** Whether the signed-in user (or nobody) satisfies the expression. */
    public boolean allows(String expression) {
        return allows(expression, SecurityContextHolder.getContext().getAuthentication());
    }

    /** Every rule the access class declares (its {@code static final String} constants), for the signed-in user. */
    public Map<String, Boolean> of(Class<?> accessClass) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Map<String, Boolean> may = new LinkedHashMap<>();
        declarations.computeIfAbsent(accessClass, AccessRules::declared)
                .forEach((name, expression) -> may.put(name, allows(expression, authentication)));
        return Collections.unmodifiableMap(may);
    }

    private boolean allows(String expression, Authentication authentication) {
        if (authentication == null) {
            return false;
        }
        SecurityExpressionRoot<Object> root = new SecurityExpressionRoot<>(authentication) {
        };
        root.setTrustResolver(new AuthenticationTrustResolverImpl());
        Boolean allowed = parsed.computeIfAbsent(expression, PARSER::parseExpression)
                .getValue(new StandardEvaluationContext(root), Boolean.class);
        return Boolean.TRUE.equals(allowed);
    }

    private static Map<String, String> declared(Class<?> accessClass) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (Field field : accessClass.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                ReflectionUtils.makeAccessible(field);
                rules.put(field.getName(), (String) ReflectionUtils.getField(field, null));
            }
        }
        return rules;
    }
}
