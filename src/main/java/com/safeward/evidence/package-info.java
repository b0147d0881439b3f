/**
 * Evidence files (INC-4 incident evidence, WL-1 listing evidence): what is accepted (recognised
 * by content, limited in size), under which name, with which checksum. Storing, listing and the
 * audited download stay with the module that owns the evidence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package com.safeward.evidence;
