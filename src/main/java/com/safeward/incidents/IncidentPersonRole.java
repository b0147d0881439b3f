package com.safeward.incidents;

/** How a person is involved in an incident. */
public enum IncidentPersonRole {
    /** 聚集人员 (N-1.2) */ GATHERED,
    /** 嫌疑人 (N-2.1: handed to police) */ SUSPECT,
    /** 违法犯罪行为人 (INC-9: social-credit record, employer notified) */ OFFENDER
}
