package com.safeward.dispatch;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface GuardTasks extends ListCrudRepository<GuardTask, Long> {
    List<GuardTask> findBySourceTypeAndSourceIdOrderByAssignedAt(String sourceType, long sourceId);

    List<GuardTask> findByGuardAndArrivedAtIsNullOrderByAssignedAtDesc(String guard);

    List<GuardTask> findTop20ByGuardAndArrivedAtIsNotNullOrderByAssignedAtDesc(String guard);

    /** The hospital's tasks a guard has not yet reached: who is busy. */
    List<GuardTask> findByHospitalIdAndArrivedAtIsNull(long hospitalId);
}
