/**
 * The shared kernel: the few types every module's domain may use without depending on the web
 * layer. A broken rule that names its field ({@link com.safeward.kernel.RuleViolation}), a record
 * that does not exist or lies outside the caller's data scope ({@link com.safeward.kernel.NotFound}),
 * and a text to be shown in the reader's language ({@link com.safeward.kernel.Text}: a message key
 * and its arguments) and a record of any module ({@link com.safeward.kernel.RecordRef}). The web
 * module maps the exceptions to problem details and error pages; the texts module renders texts.
 * Depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
        allowedDependencies = {}, type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.safeward.kernel;
