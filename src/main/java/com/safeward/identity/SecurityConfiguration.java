package com.safeward.identity;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains. {@code /api/**} and {@code /actuator/**}: stateless, bearer tokens, problem
 * details for 401/403. Everything else: the UI, with form login, session and CSRF. Each
 * endpoint states its roles with {@code @PreAuthorize}; data scope is applied in the queries.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** Argon2id for new hashes; bcrypt hashes (e.g. imported accounts) still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetails accounts, PasswordEncoder encoder,
            AuthenticationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json, MessageSource messages, LocaleResolver locales) {
        return new ProblemResponses(json, messages, locales);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenService tokens, ProblemResponses problems,
            AuthenticationManager manager, SecurityProperties properties) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .headers(headers -> transportSecurity(headers, properties))
                .authenticationManager(manager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        // devices authenticate with their own token in the intake (DeviceEventApi)
                        .requestMatchers(HttpMethod.POST, "/api/v1/device-events").permitAll()
                        // EMQX's authentication and authorization hooks carry a shared secret instead (brokeraccess.EmqxHooks)
                        .requestMatchers(HttpMethod.POST, "/api/v1/broker/emqx/**").permitAll()
                        // DSP-1: patients file and follow complaints without a login (rate-limited in the disputes module)
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasAnyAuthority("ROLE_SYSTEM_ADMIN",
                                Permission.METRICS_READ.authority())
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, AuthenticationManager manager, SecurityProperties properties,
            SignInLimits limits) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error",
                                "/public/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new SignInThrottle(limits), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login").failureHandler(loginFailure(limits)).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> transportSecurity(headers, properties)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * Issue 17, point 3: Strict-Transport-Security on every answer to an HTTPS request (behind a
     * TLS-terminating proxy the {@code https} profile trusts its {@code X-Forwarded-Proto}), when
     * {@code safeward.security.hsts-max-age} is set; never on plain HTTP, where browsers ignore it.
     */
    private static HeadersConfigurer<HttpSecurity> transportSecurity(HeadersConfigurer<HttpSecurity> headers,
            SecurityProperties properties) {
        if (properties.hstsMaxAge().isZero() || properties.hstsMaxAge().isNegative()) {
            return headers.httpStrictTransportSecurity(hsts -> hsts.disable());
        }
        return headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(properties.hstsMaxAge().toSeconds())
                .includeSubDomains(true));
    }

    /** Tells the login page whether the password was wrong or the account is locked; counts the failure (issue 17). */
    private static AuthenticationFailureHandler loginFailure(SignInLimits limits) {
        return (request, response, ex) -> {
            limits.failed(request.getRemoteAddr(), request.getParameter("username"));
            response.sendRedirect(request.getContextPath() + (ex instanceof LockedException ? "/login?locked" : "/login?error"));
        };
    }
}
