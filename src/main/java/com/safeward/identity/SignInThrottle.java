package com.safeward.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import com.safeward.kernel.Throttled;

/**
 * Before the login form's password is checked: an address or account out of tries (issue 17,
 * point 4: {@link SignInLimits}) is sent back to the login page, which says to wait, with 429's
 * Retry-After; the password is not checked at all.
 */
class SignInThrottle extends OncePerRequestFilter {

    private final SignInLimits limits;

    SignInThrottle(SignInLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            limits.admit(request.getRemoteAddr(), request.getParameter("username"));
        } catch (Throttled throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
