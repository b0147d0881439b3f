/**
 * The UI shell and the HTTP conventions every module follows: RFC 9457 problem details naming
 * the field (and the kernel's exceptions mapped to them), the paging envelope, form handling,
 * CSV export, locale (Chinese by default, English switch), navigation and templates asking each
 * module's access class ({@code @access}), and server-sent event fan-out. Only a module's
 * controllers, pages and streams use it; its domain does not. Depends on the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell and API conventions",
        allowedDependencies = {})
package com.safeward.web;
