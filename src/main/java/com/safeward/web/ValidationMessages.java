package com.safeward.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Validation messages in words a nurse understands, naming the field: a constraint's message is
 * the message {@code NotNull}, {@code NotBlank}, {@code Size} … of the messages files, and the field
 * it names is the label {@code field.<name>} ("“地点”为必填项。" rather than "不能为null"). Boot's
 * validator otherwise (same message interpolation from the messages, same customizers: the
 * validation clock).
 */
@Configuration(proxyBeanMethods = false)
class ValidationMessages {

    @Bean
    static LocalValidatorFactoryBean defaultValidator(ApplicationContext context,
            ObjectProvider<ValidationConfigurationCustomizer> customizers) {
        LocalValidatorFactoryBean validator = new LabelledFields();
        validator.setConfigurationInitializer(configuration -> customizers.orderedStream()
                .forEach(customizer -> customizer.customize(configuration)));
        validator.setMessageInterpolator(new MessageInterpolatorFactory(context).getObject());
        return validator;
    }

    /** A field is named by its label, {@code field.<name>} (for nested fields the last segment), else by its name. */
    static final class LabelledFields extends LocalValidatorFactoryBean {
        @Override
        protected MessageSourceResolvable getResolvableField(String objectName, String field) {
            return FieldLabels.of(field);
        }
    }
}
