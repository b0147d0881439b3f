/**
 * The UI shell and the HTTP conventions every module follows: RFC 9457 problem details naming
 * the field, paging envelope and sort whitelists, CSV export, locale (Chinese by default,
 * English switch), navigation by role, display of instants in the configured zone.
 * Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell and API conventions")
package com.safeward.web;
