/**
 * The history of a record as people read it (who, when, what, note): an alarm's steps, an
 * incident's handling, a listing's reviews, a screening match's actions, a crisis intervention's
 * follow-ups, and the next modules' disputes, inspections and rectifications. One table, one
 * component used the same way by every module: {@link com.safeward.trail.Trail}. What an entry says
 * is the message {@code trail.<SUBJECT>.<ACTION>} with the entry's arguments, in the reader's
 * language; people are shown by display name. Not the audit trail: that is the security record
 * of every change, kept by the audit module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Record trails",
        allowedDependencies = {})
package com.safeward.trail;
