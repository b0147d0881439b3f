package com.safeward.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese by default; {@code ?lang=en} switches to English and a cookie remembers it. API
 * clients without the cookie get their {@code Accept-Language} when it is one we speak.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final ShellModel shellModel;

    private final boolean secureCookies;

    LocaleConfiguration(ShellModel shellModel,
            @org.springframework.beans.factory.annotation.Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        this.shellModel = shellModel;
        this.secureCookies = secureCookies;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("safeward-lang") {
            @Override
            public void setLocale(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response, Locale locale) {
                // only the languages we have texts for
                super.setLocale(request, response, locale != null
                        && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH
                        : Locale.SIMPLIFIED_CHINESE);
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // like the session cookie: Secure where that is (profile https), never read by scripts, not sent cross-site
        resolver.setCookieSecure(secureCookies);
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> {
            Locale asked = request.getLocale();
            if (request.getHeader("Accept-Language") != null && asked != null
                    && Locale.ENGLISH.getLanguage().equals(asked.getLanguage())) {
                return Locale.ENGLISH;
            }
            return Locale.SIMPLIFIED_CHINESE;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(shellModel);
    }
}
