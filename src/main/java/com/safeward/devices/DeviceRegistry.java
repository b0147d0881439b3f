package com.safeward.devices;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.identity.SecretTokens;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.AreaView;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.AggregateRows;
import com.safeward.persistence.PagedQuery;
import com.safeward.persistence.SortableFields;

/** Registering, editing and listing devices, within the caller's data scope; every change audited. */
@Service
@Transactional
class DeviceRegistry {

    static final SortableFields SORT = SortableFields.of(Sort.by("code"), "code", "name", "deviceType", "lastSeenAt",
            "hospitalId");

    private final Devices devices;
    private final JdbcClient jdbc;
    private final AggregateRows rows;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final DeviceDirectory lookups;
    private final DeviceFaults faults;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DeviceRegistry(Devices devices, JdbcClient jdbc, AggregateRows rows, OrganizationDirectory directory, AuditTrail audit,
            DeviceDirectory lookups, DeviceFaults faults, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.faults = faults;
        this.lookups = lookups;
        this.devices = devices;
        this.jdbc = jdbc;
        this.rows = rows;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** A registered device and its token, shown only this once. */
    record Registered(DeviceView device, String token) {
    }

    /** Filters of the device list; {@code faulty}: devices with an open fault only. */
    record DeviceFilter(Long hospitalId, Long areaId, DeviceType deviceType, String q, Boolean faulty) {

        static DeviceFilter faultyOnly() {
            return new DeviceFilter(null, null, null, null, true);
        }
    }

    Registered register(DeviceForm form, DataScope scope) {
        if (!scope.includes(form.hospitalId)) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        requireArea(form.hospitalId, form.areaId);
        if (devices.existsByHospitalIdAndCode(form.hospitalId, form.code.trim())) {
            throw new RuleViolation("code", "validation.code.taken", form.code.trim());
        }
        SecretTokens.Secret secret = SecretTokens.issue("swd_");
        Device saved = devices.save(Device.register(form.hospitalId, form.areaId, form.code, form.name,
                form.deviceType, secret.hash(), secret.hint(), now()));
        lookups.evict(); // an earlier look-up of this code may have cached "no such device"
        DeviceView view = view(saved);
        audit.record(AuditEntry.created("Device", saved.id(), saved.hospitalId(), view));
        credentialsChanged(saved, secret.value());
        return new Registered(view, secret.value());
    }

    DeviceView update(long id, DeviceForm form, DataScope scope) {
        Device device = visible(id, scope);
        requireArea(device.hospitalId(), form.areaId);
        DeviceView before = view(device);
        Device saved = devices.save(device.update(form.areaId, form.name, form.deviceType, form.enabled, now()));
        DeviceView after = view(saved);
        lookups.evict();
        if (saved.heard() != device.heard()) {
            credentialsChanged(saved, null);
        }
        audit.record(AuditEntry.updated("Device", id, device.hospitalId(), before, after));
        return after;
    }

    /**
     * Taken out of use for good: no longer editable, its token kept so that a press of a panic
     * button still left on a wall raises an alarm and a fault (GB 50394).
     */
    DeviceView decommission(long id, DataScope scope) {
        Device device = visible(id, scope);
        DeviceView before = view(device);
        Device saved = devices.save(device.decommission(now()));
        DeviceView after = view(saved);
        lookups.evict();
        if (saved.heard() != device.heard()) {
            credentialsChanged(saved, null);
        }
        audit.record(AuditEntry.updated("Device", id, device.hospitalId(), before, after));
        return after;
    }

    @Transactional(readOnly = true)
    java.util.List<DeviceFaultView> faults(long id, DataScope scope) {
        visible(id, scope);
        return faults.of(id);
    }

    /** A new token; the old one stops working at once. */
    Registered rotateToken(long id, DataScope scope) {
        Device device = visible(id, scope);
        SecretTokens.Secret secret = SecretTokens.issue("swd_");
        Device saved = devices.save(device.withToken(secret.hash(), secret.hint(), now()));
        lookups.evict();
        audit.record(AuditEntry.of(AuditAction.TOKEN_ISSUED, "Device", id, device.hospitalId(), Text.of("audit.device.tokenRotated")));
        credentialsChanged(saved, secret.value());
        return new Registered(view(saved), secret.value());
    }

    /** In this transaction: an external broker's copy of the credentials is queued with the change. */
    private void credentialsChanged(Device device, String token) {
        events.publishEvent(new DeviceCredentialsChanged(device.id(), device.hospitalId(),
                directory.hospitalCode(device.hospitalId()).orElseThrow(), device.code(), token, device.heard()));
    }

    @Transactional(readOnly = true)
    DeviceView get(long id, DataScope scope) {
        return view(visible(id, scope));
    }

    @Transactional(readOnly = true)
    DeviceForm form(long id, DataScope scope) {
        Device device = visible(id, scope);
        DeviceForm form = new DeviceForm();
        form.hospitalId = device.hospitalId();
        form.areaId = device.areaId();
        form.code = device.code();
        form.name = device.name();
        form.deviceType = device.deviceType();
        form.enabled = device.enabled();
        return form;
    }

    @Transactional(readOnly = true)
    Page<DeviceView> list(DeviceFilter filter, DataScope scope, Pageable pageable) {
        Page<Device> page = query(filter, scope).page(jdbc, "devices", SORT, rows.of(Device.class), pageable);
        Map<Long, String> labels = page.getContent().stream().map(Device::hospitalId).distinct()
                .collect(Collectors.toMap(Function.identity(), h -> directory.hospitalLabel(h).orElse("")));
        Map<Long, Long> open = faults.openCounts(page.getContent().stream().map(Device::id).toList());
        return page.map(d -> view(d, labels.get(d.hospitalId()), open.getOrDefault(d.id(), 0L)));
    }

    /** How many devices the list with that filter shows (a home card's count). */
    @Transactional(readOnly = true)
    long count(DeviceFilter filter, DataScope scope) {
        return query(filter, scope).count(jdbc, "devices");
    }

    private static PagedQuery query(DeviceFilter filter, DataScope scope) {
        PagedQuery query = scope.limit(new PagedQuery(), "hospital_id").containing(filter.q(), "code", "name");
        if (filter.hospitalId() != null) {
            query.and("hospital_id = :hospital", "hospital", filter.hospitalId());
        }
        if (filter.areaId() != null) {
            query.and("area_id = :area", "area", filter.areaId());
        }
        if (filter.deviceType() != null) {
            query.and("device_type = :type", "type", filter.deviceType().name());
        }
        if (Boolean.TRUE.equals(filter.faulty())) {
            query.and("exists (select 1 from device_faults f where f.device_id = devices.id and f.resolved_at is null)");
        }
        return query;
    }

    private Device visible(long id, DataScope scope) {
        return devices.findById(id).filter(d -> scope.includes(d.hospitalId()))
                .orElseThrow(() -> new NotFound("device", id));
    }

    /**
     * An area of the hospital, or none (not yet assigned) when the hospital has an area at all: a
     * press of an unassigned panic button is placed at its monitoring center or first area.
     */
    private void requireArea(long hospitalId, Long areaId) {
        if (areaId != null && directory.area(hospitalId, areaId).isEmpty()) {
            throw new RuleViolation("areaId", "validation.area.unknown");
        }
        if (areaId == null && directory.alarmFallbackArea(hospitalId).isEmpty()) {
            throw new RuleViolation("areaId", "validation.device.areaFirst");
        }
    }

    private DeviceView view(Device d) {
        return view(d, directory.hospitalLabel(d.hospitalId()).orElse(""),
                faults.openCounts(java.util.List.of(d.id())).getOrDefault(d.id(), 0L));
    }

    private DeviceView view(Device d, String hospitalLabel, long openFaults) {
        String location = d.areaId() == null ? ""
                : directory.area(d.hospitalId(), d.areaId()).map(AreaView::location).orElse("");
        return new DeviceView(d.id(), d.hospitalId(), hospitalLabel, d.areaId(), location, d.code(), d.name(),
                d.deviceType(), d.tokenHint(), d.enabled(), d.condition(), d.decommissionedAt(), openFaults,
                d.lastSeenAt(), d.createdAt(), d.updatedAt());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
