/**
 * Protected personal data (WL-7, N-1.2): names, ID numbers and phone numbers are stored only
 * encrypted (AES-256-GCM, each value naming the key it was sealed with, so keys rotate) with a
 * keyed hash (HMAC-SHA-256) for exact matching, shown masked, and revealed only with a reason,
 * every reveal audited. Chinese resident ID numbers are validated (18 characters, birth date,
 * ISO 7064 MOD 11-2 check digit).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personal data protection",
        allowedDependencies = {"audit"})
package com.safeward.personaldata;
