package com.safeward.devices;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface Devices extends ListCrudRepository<Device, Long> {
    Optional<Device> findByTokenHash(String tokenHash);

    Optional<Device> findByHospitalIdAndCode(long hospitalId, String code);

    java.util.List<Device> findByCode(String code);

    boolean existsByHospitalIdAndCode(long hospitalId, String code);

    /** Heartbeats and events touch this often: one cheap update, no optimistic-lock round trip. */
    @Modifying
    @Query("update devices set last_seen_at = :at where id = :id and (last_seen_at is null or last_seen_at < :at)")
    int markSeen(@Param("id") long id, @Param("at") java.sql.Timestamp at);
}
