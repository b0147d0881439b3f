package com.safeward.alarms;

import java.util.List;

/**
 * INC-1: these alarms of one hospital are still unacknowledged after the re-alert time; the
 * consoles sound again (published by the follow-up sweep, streamed after commit as one event).
 */
record AlarmsReAlerted(long hospitalId, List<Long> alarmIds) {
}
