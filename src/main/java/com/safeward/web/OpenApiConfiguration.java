package com.safeward.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI document at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI safeWardApi() {
        return new OpenAPI()
                .info(new Info().title("SafeWard API").version("v1")
                        .description("平安医院安全秩序管理平台 REST API. Obtain a bearer token with "
                                + "POST /api/v1/auth/token (users) or use an integration token created by an "
                                + "administrator. Errors are RFC 9457 problem details; 4xx problems list the "
                                + "offending fields in `errors`. Lists take page, size and sort=property,asc|desc. "
                                + "Instants are ISO-8601 in UTC."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
