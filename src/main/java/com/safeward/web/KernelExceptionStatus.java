package com.safeward.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;

/**
 * Pages (not the API, which {@link ApiProblemHandler} answers with problem details) show the error
 * page of the kernel's exceptions: 404 for a record that does not exist or lies outside the
 * caller's scope, 400 for a broken rule that no form caught (409 when the record's state refuses it),
 * 429 over a rate limit.
 */
@Component
class KernelExceptionStatus implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        HttpStatus status = ex instanceof NotFound ? HttpStatus.NOT_FOUND
                : ex instanceof com.safeward.kernel.Refused ? HttpStatus.CONFLICT
                : ex instanceof RuleViolation ? HttpStatus.BAD_REQUEST
                : ex instanceof com.safeward.kernel.Throttled ? HttpStatus.TOO_MANY_REQUESTS : null;
        if (status == null || ApiProblemHandler.isApi(request)) {
            return null;
        }
        if (status == HttpStatus.TOO_MANY_REQUESTS) { // its own page at once: it says to try later, and when
            response.setStatus(status.value());
            response.setHeader("Retry-After", String.valueOf(((com.safeward.kernel.Throttled) ex).retryAfterSeconds()));
            return new ModelAndView("error/429");
        }
        try {
            response.sendError(status.value());
        } catch (java.io.IOException committed) {
            return null;
        }
        return new ModelAndView();
    }

    /** After the controller advice (which answers the API), before Spring's default resolvers. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
