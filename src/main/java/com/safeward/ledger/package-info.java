/**
 * Checklists, inspections and the rectification ledger 整改台账 (RSK-2, SUP-2): the loop the notices
 * ask for again and again — look, find problems, give each an owner, measures and a deadline, fix
 * it, have someone other than the owner verify it on site, close it (实销账), and let the level
 * above see what is still open. Checklist templates are versioned and seeded from the Henan notice;
 * an inspection copies the items it uses, so later edits never change it; an unannounced visit (暗访)
 * stays with the body that made it until it is submitted. Other modules open ledger items through
 * {@link com.safeward.ledger.RectificationLedger} with a {@link com.safeward.ledger.Finding}, never
 * through the tables; the module publishes what happens to them as events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Checklists, inspections and rectification ledger",
        allowedDependencies = {"audit", "compliance", "evidence", "identity", "organizations", "trail"})
package com.safeward.ledger;
