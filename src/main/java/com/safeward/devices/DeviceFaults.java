package com.safeward.devices;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.DataScope;

/**
 * Device faults (INC-1, GB 50394): a panic button pressed while out of service raised its alarm
 * anyway, and the device gets a fault, one open fault per kind, until someone resolves it on site
 * (re-enabled, assigned, removed from the wall) and says how.
 */
@Service
@Transactional
public class DeviceFaults {

    private final JdbcClient jdbc;
    private final Devices devices;
    private final AuditTrail audit;
    private final Clock clock;

    DeviceFaults(JdbcClient jdbc, Devices devices, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.devices = devices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The button was pressed while out of service: its fault, opened now unless one of the kind is open. */
    public void pressedOutOfService(DeviceRef device, long alarmId) {
        DeviceFaultKind kind = DeviceFaultKind.pressedWhile(device.condition());
        long open = jdbc.sql("select count(*) from device_faults where device_id = :d and kind = :k and resolved_at is null")
                .param("d", device.id()).param("k", kind.name()).query(Long.class).single();
        if (open > 0) {
            return;
        }
        jdbc.sql("""
                insert into device_faults (hospital_id, device_id, kind, alarm_id, opened_at)
                values (:h, :d, :k, :alarm, :at)""").param("h", device.hospitalId()).param("d", device.id())
                .param("k", kind.name()).param("alarm", alarmId).param("at", Timestamp.from(Instant.now(clock))).update();
    }

    /** The device's faults, open ones first, newest first. */
    @Transactional(readOnly = true)
    List<DeviceFaultView> of(long deviceId) {
        return jdbc.sql("select * from device_faults where device_id = :d order by resolved_at nulls first, opened_at desc")
                .param("d", deviceId).query(DeviceFaults::row).list();
    }

    /** How many open faults each of the devices has (absent: none). */
    @Transactional(readOnly = true)
    Map<Long, Long> openCounts(Collection<Long> deviceIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!deviceIds.isEmpty()) {
            jdbc.sql("select device_id, count(*) from device_faults where resolved_at is null and device_id in (:ids) "
                    + "group by device_id").param("ids", deviceIds)
                    .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        }
        return counts;
    }

    /** Someone dealt with the fault on site and says how. */
    DeviceFaultView resolve(long deviceId, long faultId, String resolution, String actor, DataScope scope) {
        Device device = devices.findById(deviceId).filter(d -> scope.includes(d.hospitalId()))
                .orElseThrow(() -> new NotFound("device", deviceId));
        DeviceFaultView fault = fault(deviceId, faultId);
        if (!fault.open()) {
            throw new RuleViolation("state", "validation.deviceFault.resolved");
        }
        if (resolution == null || resolution.isBlank()) {
            throw new RuleViolation("resolution", "validation.deviceFault.resolution");
        }
        jdbc.sql("update device_faults set resolved_at = :at, resolved_by = :by, resolution = :r where id = :id")
                .param("at", Timestamp.from(Instant.now(clock))).param("by", actor).param("r", resolution.strip())
                .param("id", faultId).update();
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Device", deviceId, device.hospitalId(),
                Text.of("audit.device.faultResolved", Text.of(fault.kind()))).withReason(resolution.strip()));
        return fault(deviceId, faultId);
    }

    private DeviceFaultView fault(long deviceId, long faultId) {
        return jdbc.sql("select * from device_faults where id = :f and device_id = :d").param("f", faultId)
                .param("d", deviceId).query(DeviceFaults::row).optional()
                .orElseThrow(() -> new NotFound("deviceFault", faultId));
    }

    private static DeviceFaultView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp resolved = rs.getTimestamp("resolved_at");
        return new DeviceFaultView(rs.getLong("id"), rs.getLong("device_id"), rs.getLong("hospital_id"),
                DeviceFaultKind.valueOf(rs.getString("kind")), rs.getObject("alarm_id", Long.class),
                rs.getTimestamp("opened_at").toInstant(), resolved == null ? null : resolved.toInstant(),
                rs.getString("resolved_by"), rs.getString("resolution"));
    }
}
