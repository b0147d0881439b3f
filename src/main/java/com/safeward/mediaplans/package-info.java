/**
 * Information release plans and media contacts (INC-8, 信息发布预案): every hospital keeps a plan
 * and a designated contact, shown with its supervised cases; regulators see which hospitals of
 * their region have none. {@link com.safeward.mediaplans.MediaPlans} answers other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media plans",
        allowedDependencies = {"audit", "compliance", "organizations"})
package com.safeward.mediaplans;
