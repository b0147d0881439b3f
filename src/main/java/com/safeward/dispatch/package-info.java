/**
 * Guard tasks: the monitoring center or security department sends guards to a place (an alarm's
 * location, INC-1; later escorts and close watch, WL-3); the guard sees the task and location on
 * the phone page and confirms receipt and arrival, each with its time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guard dispatch",
        allowedDependencies = {"audit", "identity", "organizations"})
package com.safeward.dispatch;
