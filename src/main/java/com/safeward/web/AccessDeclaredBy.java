package com.safeward.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page controller: the module's access class whose rules its templates read as
 * {@code ${may.NAME}} ({@code @AccessDeclaredBy(IncidentAccess.class)}; see {@link AccessRules#of}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AccessDeclaredBy {

    Class<?> value();
}
