package com.safeward.compliance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface TaskAssignments extends ListCrudRepository<TaskAssignment, Long> {

    List<TaskAssignment> findByTaskIdOrderByHospitalId(long taskId);

    Optional<TaskAssignment> findByTaskIdAndHospitalId(long taskId, long hospitalId);
}
