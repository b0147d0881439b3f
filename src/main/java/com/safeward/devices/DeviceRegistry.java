package com.safeward.devices;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.identity.SecretTokens;
import com.safeward.organizations.AreaView;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.kernel.RuleViolation;
import com.safeward.web.LikePattern;
import com.safeward.kernel.NotFound;
import com.safeward.web.SortableFields;

/** Registering, editing and listing devices, within the caller's data scope; every change audited. */
@Service
@Transactional
class DeviceRegistry {

    static final SortableFields SORT = SortableFields.of(Sort.by("code"), "code", "name", "deviceType", "lastSeenAt",
            "hospitalId");

    private final Devices devices;
    private final JdbcAggregateTemplate template;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final DeviceDirectory lookups;
    private final Clock clock;

    DeviceRegistry(Devices devices, JdbcAggregateTemplate template, OrganizationDirectory directory, AuditTrail audit,
            DeviceDirectory lookups, Clock clock) {
        this.lookups = lookups;
        this.devices = devices;
        this.template = template;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** A registered device and its token, shown only this once. */
    record Registered(DeviceView device, String token) {
    }

    /** Filters of the device list. */
    record DeviceFilter(Long hospitalId, Long areaId, DeviceType deviceType, String q) {
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
        Device saved = devices.save(Device.register(form.hospitalId, form, secret.hash(), secret.hint(), now()));
        lookups.evict(); // an earlier look-up of this code may have cached "no such device"
        DeviceView view = view(saved);
        audit.record(AuditEntry.created("Device", saved.id(), saved.hospitalId(), view));
        return new Registered(view, secret.value());
    }

    DeviceView update(long id, DeviceForm form, DataScope scope) {
        Device device = visible(id, scope);
        requireArea(device.hospitalId(), form.areaId);
        DeviceView before = view(device);
        DeviceView after = view(devices.save(device.update(form, now())));
        lookups.evict();
        audit.record(AuditEntry.updated("Device", id, device.hospitalId(), before, after));
        return after;
    }

    /** A new token; the old one stops working at once. */
    Registered rotateToken(long id, DataScope scope) {
        Device device = visible(id, scope);
        SecretTokens.Secret secret = SecretTokens.issue("swd_");
        Device saved = devices.save(device.withToken(secret.hash(), secret.hint(), now()));
        lookups.evict();
        audit.record(AuditEntry.of(AuditAction.TOKEN_ISSUED, "Device", id, device.hospitalId(), "token rotated"));
        return new Registered(view(saved), secret.value());
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
        Pageable paging = SORT.restrict(pageable);
        if (scope.isEmpty()) {
            return Page.empty(paging);
        }
        Criteria criteria = scope.everything() ? Criteria.empty()
                : Criteria.where("hospitalId").in(scope.hospitalIds());
        if (filter.hospitalId() != null) {
            criteria = criteria.and("hospitalId").is(filter.hospitalId());
        }
        if (filter.areaId() != null) {
            criteria = criteria.and("areaId").is(filter.areaId());
        }
        if (filter.deviceType() != null) {
            criteria = criteria.and("deviceType").is(filter.deviceType().name());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String pattern = LikePattern.containing(filter.q());
            criteria = criteria.and(Criteria.where("code").like(pattern).ignoreCase(true)
                    .or("name").like(pattern).ignoreCase(true));
        }
        Page<Device> page = template.findAll(Query.query(criteria), Device.class, paging);
        Map<Long, String> labels = page.getContent().stream().map(Device::hospitalId).distinct()
                .collect(Collectors.toMap(Function.identity(), h -> directory.hospitalLabel(h).orElse("")));
        return page.map(d -> view(d, labels.get(d.hospitalId())));
    }

    private Device visible(long id, DataScope scope) {
        return devices.findById(id).filter(d -> scope.includes(d.hospitalId()))
                .orElseThrow(() -> new NotFound("device", id));
    }

    private void requireArea(long hospitalId, Long areaId) {
        if (areaId == null || directory.area(hospitalId, areaId).isEmpty()) {
            throw new RuleViolation("areaId", "validation.area.unknown");
        }
    }

    private DeviceView view(Device d) {
        return view(d, directory.hospitalLabel(d.hospitalId()).orElse(""));
    }

    private DeviceView view(Device d, String hospitalLabel) {
        String location = directory.area(d.hospitalId(), d.areaId()).map(AreaView::location).orElse("");
        return new DeviceView(d.id(), d.hospitalId(), hospitalLabel, d.areaId(), location, d.code(), d.name(),
                d.deviceType(), d.tokenHint(), d.enabled(), d.lastSeenAt(), d.createdAt(), d.updatedAt());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
