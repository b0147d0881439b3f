package com.safeward.identity;

import java.lang.reflect.Method;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Issue 17, point 6: a handler's {@code @PreAuthorize} rule is checked before its arguments are read
 * (method security checks it only after the body was parsed and validated), so a caller without the
 * function gets 403 — never a 400 describing a body they may not send. Method security still checks
 * it again. The rules name roles and authorities only (each module's access class), never arguments.
 */
@Configuration(proxyBeanMethods = false)
class RulesBeforeArguments implements WebMvcConfigurer, HandlerInterceptor {

    private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();

    RulesBeforeArguments(ApplicationContext context) {
        expressions.setApplicationContext(context);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (rule == null || caller == null || caller instanceof AnonymousAuthenticationToken) {
            return true; // no rule here, or nobody signed in: the filter chain answers (401, login page)
        }
        Method target = method.getMethod();
        EvaluationContext context = expressions.createEvaluationContext(() -> caller,
                new SimpleMethodInvocation(method.getBean(), target, new Object[target.getParameterCount()]));
        if (!Boolean.TRUE.equals(expressions.getExpressionParser().parseExpression(rule.value()).getValue(context, Boolean.class))) {
            throw new AccessDeniedException("Access denied");
        }
        return true;
    }
}
