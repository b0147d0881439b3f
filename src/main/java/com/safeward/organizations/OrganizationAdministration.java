package com.safeward.organizations;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;

/**
 * Changes to the organization master data. Each change is checked against the caller's data
 * scope and audited with before/after snapshots in the same transaction.
 */
@Service
@Transactional
class OrganizationAdministration {

    private final Regions regions;
    private final PoliceStations stations;
    private final Hospitals hospitals;
    private final Departments departments;
    private final Areas areas;
    private final OrganizationQueries queries;
    private final AuditTrail audit;
    private final Clock clock;

    OrganizationAdministration(Regions regions, PoliceStations stations, Hospitals hospitals, Departments departments,
            Areas areas, OrganizationQueries queries, AuditTrail audit, Clock clock) {
        this.regions = regions;
        this.stations = stations;
        this.hospitals = hospitals;
        this.departments = departments;
        this.areas = areas;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    RegionView createRegion(RegionForm form) {
        String code = form.code.trim();
        if (regions.existsByCode(code)) {
            throw new RuleViolation("code", "validation.code.taken", code);
        }
        Region region;
        if (form.parentId == null) {
            region = Region.root(code, form.name.trim(), now());
        } else {
            Region parent = regions.findById(form.parentId)
                    .orElseThrow(() -> new RuleViolation("parentId", "validation.region.unknown"));
            region = parent.child(code, form.name.trim(), now());
        }
        RegionView saved = RegionView.of(regions.save(region));
        audit.record(AuditEntry.created("Region", saved.id(), null, saved));
        return saved;
    }

    RegionView renameRegion(long id, String name) {
        Region region = regions.findById(id).orElseThrow(() -> new NotFound("region", id));
        Region saved = regions.save(region.renamed(name.trim(), now()));
        audit.record(AuditEntry.updated("Region", id, null, RegionView.of(region), RegionView.of(saved)));
        return RegionView.of(saved);
    }

    PoliceStationView registerStation(PoliceStationForm form) {
        if (stations.existsByCode(form.code.trim())) {
            throw new RuleViolation("code", "validation.code.taken", form.code.trim());
        }
        requireRegion(form.regionId);
        PoliceStation saved = stations.save(PoliceStation.register(form, now()));
        PoliceStationView view = queries.station(saved.id());
        audit.record(AuditEntry.created("PoliceStation", saved.id(), null, view));
        return view;
    }

    PoliceStationView updateStation(long id, PoliceStationForm form) {
        PoliceStation station = stations.findById(id).orElseThrow(() -> new NotFound("police station", id));
        requireRegion(form.regionId);
        PoliceStationView before = queries.station(id);
        stations.save(station.update(form, now()));
        PoliceStationView after = queries.station(id);
        audit.record(AuditEntry.updated("PoliceStation", id, null, before, after));
        return after;
    }

    HospitalView registerHospital(HospitalForm form) {
        if (hospitals.existsByCode(form.code.trim())) {
            throw new RuleViolation("code", "validation.code.taken", form.code.trim());
        }
        requireRegion(form.regionId);
        requireStation(form.policeStationId);
        Hospital saved = hospitals.save(Hospital.register(form, now()));
        HospitalView view = queries.hospital(saved.id(), DataScope.all());
        audit.record(AuditEntry.created("Hospital", saved.id(), saved.id(), view));
        return view;
    }

    /**
     * Hospital staff keep their facts current; only a system admin moves a hospital to another
     * region or police station, since that changes who supervises it.
     */
    HospitalView updateHospital(long id, HospitalForm form, DataScope scope, boolean mayReassign) {
        Hospital hospital = hospitals.findById(id).filter(h -> scope.includes(h.id()))
                .orElseThrow(() -> new NotFound("hospital", id));
        if (!mayReassign) {
            form.regionId = hospital.regionId();
            form.policeStationId = hospital.policeStationId();
        }
        requireRegion(form.regionId);
        requireStation(form.policeStationId);
        HospitalView before = queries.hospital(id, scope);
        hospitals.save(hospital.update(form, now()));
        HospitalView after = queries.hospital(id, scope);
        audit.record(AuditEntry.updated("Hospital", id, id, before, after));
        return after;
    }

    DepartmentView addDepartment(long hospitalId, DepartmentForm form, DataScope scope) {
        scope.require(hospitalId, "hospital", hospitalId);
        if (departments.existsByHospitalIdAndCode(hospitalId, form.code.trim())) {
            throw new RuleViolation("code", "validation.code.taken", form.code.trim());
        }
        DepartmentView view = DepartmentView.of(departments.save(Department.create(hospitalId, form, now())));
        audit.record(AuditEntry.created("Department", view.id(), hospitalId, view));
        return view;
    }

    DepartmentView updateDepartment(long hospitalId, long id, DepartmentForm form, DataScope scope) {
        Department department = departments.findById(id)
                .filter(d -> d.hospitalId() == hospitalId && scope.includes(d.hospitalId()))
                .orElseThrow(() -> new NotFound("department", id));
        DepartmentView after = DepartmentView.of(departments.save(department.update(form, now())));
        audit.record(AuditEntry.updated("Department", id, hospitalId, DepartmentView.of(department), after));
        return after;
    }

    AreaView createArea(AreaForm form, DataScope scope) {
        if (!scope.includes(form.hospitalId)) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        checkArea(null, form);
        Area saved = areas.save(Area.create(form.hospitalId, form, now()));
        AreaView view = queries.area(saved.id(), scope);
        audit.record(AuditEntry.created("Area", saved.id(), saved.hospitalId(), view));
        return view;
    }

    AreaView updateArea(long id, AreaForm form, DataScope scope) {
        Area area = areas.findById(id).filter(a -> scope.includes(a.hospitalId()))
                .orElseThrow(() -> new NotFound("area", id));
        form.hospitalId = area.hospitalId(); // an area never moves to another hospital
        checkArea(id, form);
        AreaView before = queries.area(id, scope);
        areas.save(area.update(form, now()));
        AreaView after = queries.area(id, scope);
        audit.record(AuditEntry.updated("Area", id, area.hospitalId(), before, after));
        return after;
    }

    void deleteArea(long id, DataScope scope) {
        Area area = areas.findById(id).filter(a -> scope.includes(a.hospitalId()))
                .orElseThrow(() -> new NotFound("area", id));
        AreaView before = queries.area(id, scope);
        areas.delete(area);
        audit.record(new AuditEntry(AuditAction.DELETED, "Area", String.valueOf(id), area.hospitalId(),
                Text.of("audit.area.deleted", before.location()), before, null, null));
    }

    private void checkArea(Long id, AreaForm form) {
        if (form.departmentId != null && departments.findById(form.departmentId)
                .filter(d -> d.hospitalId().equals(form.hospitalId)).isEmpty()) {
            throw new RuleViolation("departmentId", "validation.department.unknown");
        }
        areas.findByHospitalIdAndBuildingAndFloorAndName(form.hospitalId, form.building.trim(), form.floor.trim(),
                form.name.trim())
                .filter(existing -> !existing.id().equals(id))
                .ifPresent(existing -> {
                    throw new RuleViolation("name", "validation.area.duplicate");
                });
    }

    private void requireRegion(Long regionId) {
        if (regionId == null || !regions.existsById(regionId)) {
            throw new RuleViolation("regionId", "validation.region.unknown");
        }
    }

    private void requireStation(Long stationId) {
        if (stationId != null && !stations.existsById(stationId)) {
            throw new RuleViolation("policeStationId", "validation.policeStation.unknown");
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
