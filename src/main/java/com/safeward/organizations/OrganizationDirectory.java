package com.safeward.organizations;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditVisibility;

/**
 * The organizations module's API: data scope of an actor (SUP-1) and lookups other modules
 * need. Read-only; changes go through the module's own endpoints.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory implements AuditVisibility {

    private final Regions regions;
    private final Hospitals hospitals;
    private final PoliceStations stations;
    private final Departments departments;
    private final Areas areas;

    OrganizationDirectory(Regions regions, Hospitals hospitals, PoliceStations stations, Departments departments,
            Areas areas) {
        this.regions = regions;
        this.hospitals = hospitals;
        this.stations = stations;
        this.departments = departments;
        this.areas = areas;
    }

    /**
     * SUP-1: hospital staff (and integrations) see their hospital; police the hospitals assigned
     * to their station; regulators every hospital in their region and below; system admins all.
     */
    public DataScope scopeOf(Actor actor) {
        if (actor == null || actor.role() == null) {
            return DataScope.of(Set.of());
        }
        return switch (actor.role().affiliation()) {
            case SYSTEM -> DataScope.all();
            case HOSPITAL -> actor.hospitalId() == null ? DataScope.of(Set.of()) : DataScope.of(Set.of(actor.hospitalId()));
            case POLICE_STATION -> actor.policeStationId() == null ? DataScope.of(Set.of())
                    : DataScope.of(new HashSet<>(hospitals.idsAssignedTo(actor.policeStationId())));
            case REGION -> regions.findById(actor.regionId() == null ? -1 : actor.regionId())
                    .map(r -> DataScope.of(new HashSet<>(hospitals.idsInRegionsStartingWith(r.path() + "%"))))
                    .orElse(DataScope.of(Set.of()));
        };
    }

    /** The data scope of the signed-in actor; empty when nobody (or no {@link Actor}) is signed in. */
    public DataScope currentScope() {
        return scopeOf(currentActor().orElse(null));
    }

    public static Optional<Actor> currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Actor actor ? Optional.of(actor) : Optional.empty();
    }

    @Override
    public boolean seesEverything() {
        return currentScope().everything();
    }

    @Override
    public Set<Long> visibleHospitals() {
        return currentScope().hospitalIds();
    }

    public boolean hospitalExists(long id) {
        return hospitals.existsById(id);
    }

    public boolean policeStationExists(long id) {
        return stations.existsById(id);
    }

    public boolean regionExists(long id) {
        return regions.existsById(id);
    }

    public Optional<Long> hospitalIdByCode(String code) {
        return hospitals.findByCode(code).map(Hospital::id);
    }

    public Optional<Long> regionIdByCode(String code) {
        return regions.findByCode(code).map(Region::id);
    }

    /** The codes of a hospital's region and the regions above it, root first ("410000", "410100", "410102"). */
    public List<String> regionCodesOf(long hospitalId) {
        return hospitals.findById(hospitalId).flatMap(h -> regions.findById(h.regionId()))
                .map(r -> java.util.Arrays.stream(r.path().split("/")).filter(code -> !code.isEmpty()).toList())
                .orElse(List.of());
    }

    /** Every hospital in the region (by code) and the regions below it. */
    public Set<Long> hospitalIdsUnderRegion(String regionCode) {
        return regions.findByCode(regionCode)
                .map(r -> (Set<Long>) new HashSet<>(hospitals.idsInRegionsStartingWith(r.path() + "%")))
                .orElse(Set.of());
    }

    /** The ids of a hospital's region and the regions above it, root first. */
    public List<Long> regionIdsOf(long hospitalId) {
        return regionCodesOf(hospitalId).stream().map(code -> regions.findByCode(code).map(Region::id).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The police station a hospital is assigned to (POL-1). */
    public Optional<Long> policeStationOf(long hospitalId) {
        return hospitals.findById(hospitalId).map(Hospital::policeStationId);
    }

    /** A short label for a hospital ("H001 市第一人民医院"), or empty if there is none. */
    public Optional<String> hospitalLabel(long id) {
        return hospitals.findById(id).map(h -> h.code() + " " + h.name());
    }

    /** A hospital's code ("H001"), as public addresses name it. */
    public Optional<String> hospitalCode(long id) {
        return hospitals.findById(id).map(Hospital::code);
    }

    public Optional<String> regionName(long id) {
        return regions.findById(id).map(Region::name);
    }

    public Optional<String> policeStationName(long id) {
        return stations.findById(id).map(PoliceStation::name);
    }

    /** Hospitals the scope includes, as (id, label) choices for forms. */
    public List<Choice> hospitalChoices(DataScope scope) {
        Iterable<Hospital> rows = scope.everything() ? hospitals.findAll() : hospitals.findAllById(scope.hospitalIds());
        return java.util.stream.StreamSupport.stream(rows.spliterator(), false).filter(h -> scope.includes(h.id()))
                .map(h -> new Choice(h.id(), h.code() + " " + h.name())).sorted(Choice.BY_LABEL).toList();
    }

    public List<Choice> regionChoices() {
        return regions.findAll().stream()
                .sorted(java.util.Comparator.comparing(Region::path))
                .map(r -> new Choice(r.id(), "　".repeat(RegionView.of(r).depth()) + r.name())).toList();
    }

    public List<Choice> policeStationChoices() {
        return stations.findAll().stream().map(s -> new Choice(s.id(), s.name())).sorted(Choice.BY_LABEL).toList();
    }

    public List<Choice> departmentChoices(long hospitalId) {
        return departments.findByHospitalIdOrderByName(hospitalId).stream()
                .map(d -> new Choice(d.id(), d.name())).toList();
    }

    /** The hospital's wards (病区: inpatient departments), where visitors go (N-4.1). */
    public List<Choice> wardChoices(long hospitalId) {
        return departments.findByHospitalIdOrderByName(hospitalId).stream()
                .filter(d -> d.kind() == DepartmentKind.INPATIENT).map(d -> new Choice(d.id(), d.name())).toList();
    }

    /** Departments of every hospital in the scope, labelled "hospital · department". */
    public List<Choice> departmentChoices(DataScope scope) {
        return hospitalChoices(scope).stream().flatMap(h -> departmentChoices(h.id()).stream()
                .map(d -> new Choice(d.id(), h.label() + " · " + d.label()))).toList();
    }

    /** The hospital's security department (保卫处/科), who owns what nobody else was given (RSK-2). */
    public Optional<Long> securityDepartment(long hospitalId) {
        return departments.findByHospitalIdOrderByName(hospitalId).stream()
                .filter(d -> d.kind() == DepartmentKind.SECURITY).map(Department::id).findFirst();
    }

    /** The department if it belongs to the hospital. */
    public Optional<DepartmentView> department(long hospitalId, long departmentId) {
        return departments.findById(departmentId).filter(d -> d.hospitalId() == hospitalId)
                .map(d -> new DepartmentView(d.id(), d.hospitalId(), d.code(), d.name(), d.kind()));
    }

    /** A hospital's department by its code (as hospital information systems name it). */
    public Optional<DepartmentView> departmentByCode(long hospitalId, String code) {
        return departments.findByHospitalIdOrderByName(hospitalId).stream()
                .filter(d -> d.code().equalsIgnoreCase(code.trim())).findFirst()
                .map(d -> new DepartmentView(d.id(), d.hospitalId(), d.code(), d.name(), d.kind()));
    }

    /** The hospital's areas as choices ("门诊楼 1F 南门入口"). */
    public List<Choice> areaChoices(long hospitalId) {
        return areas.findByHospitalIdOrderByBuildingAscFloorAscNameAsc(hospitalId).stream()
                .map(a -> new Choice(a.id(), a.building() + " " + a.floor() + " " + a.name())).toList();
    }

    /** The hospital's areas as choices, those of the department first (a ward's staff report from their own ward). */
    public List<Choice> areaChoices(long hospitalId, Long departmentId) {
        List<Area> all = areas.findByHospitalIdOrderByBuildingAscFloorAscNameAsc(hospitalId);
        return java.util.stream.Stream.concat(
                all.stream().filter(a -> departmentId != null && departmentId.equals(a.departmentId())),
                all.stream().filter(a -> departmentId == null || !departmentId.equals(a.departmentId())))
                .map(a -> new Choice(a.id(), a.building() + " " + a.floor() + " " + a.name())).toList();
    }

    /** The ids of a department's areas. */
    public java.util.Set<Long> departmentAreaIds(long hospitalId, Long departmentId) {
        return areas.findByHospitalIdOrderByBuildingAscFloorAscNameAsc(hospitalId).stream()
                .filter(a -> departmentId != null && departmentId.equals(a.departmentId())).map(Area::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Where to send someone for a department: its first area, else the hospital's first area. */
    public Optional<Long> areaFor(long hospitalId, Long departmentId) {
        List<Area> all = areas.findByHospitalIdOrderByBuildingAscFloorAscNameAsc(hospitalId);
        return all.stream().filter(a -> departmentId != null && departmentId.equals(a.departmentId())).findFirst()
                .or(() -> all.stream().findFirst()).map(Area::id);
    }

    /**
     * Where an alarm of a device with no area is placed (the best place known, GB 50394: it is
     * raised anyway): the hospital's monitoring center (安全监控中心), else its first area.
     */
    public Optional<Long> alarmFallbackArea(long hospitalId) {
        List<Area> all = areas.findByHospitalIdOrderByBuildingAscFloorAscNameAsc(hospitalId);
        return all.stream().filter(a -> a.areaType() == AreaType.MONITORING_CENTER).findFirst()
                .or(() -> all.stream().findFirst()).map(Area::id);
    }

    /** The facts of every hospital in the scope, by code (the compliance rules' input, SUP-4). */
    public List<HospitalFacts> hospitalFacts(DataScope scope) {
        java.util.Map<Long, Region> byId = new java.util.HashMap<>();
        regions.findAll().forEach(r -> byId.put(r.id(), r));
        Iterable<Hospital> rows = scope.everything() ? hospitals.findAll() : hospitals.findAllById(scope.hospitalIds());
        return java.util.stream.StreamSupport.stream(rows.spliterator(), false).filter(h -> scope.includes(h.id()))
                .sorted(java.util.Comparator.comparing(Hospital::code))
                .map(h -> new HospitalFacts(h.id(), h.code(), h.name(), h.regionId(),
                        byId.containsKey(h.regionId()) ? java.util.Arrays.stream(byId.get(h.regionId()).path().split("/"))
                                .filter(code -> !code.isEmpty()).toList() : List.of(),
                        h.gradeLevel(), h.openBeds(), h.dailyOutpatients(), h.onDutyMedicalStaff(),
                        h.complexPublicOrder()))
                .toList();
    }

    /** Every area of the hospitals, in one read (rules that look at places: INC-1 buttons, TEC-3 video). */
    public List<AreaView> areasOf(java.util.Collection<Long> hospitalIds) {
        java.util.Set<Long> wanted = java.util.Set.copyOf(hospitalIds);
        List<AreaView> found = new java.util.ArrayList<>();
        areas.findAll().forEach(a -> {
            if (wanted.contains(a.hospitalId())) {
                found.add(new AreaView(a.id(), a.hospitalId(), null, null, a.departmentId(), null, a.building(),
                        a.floor(), a.name(), a.areaType(), a.keyArea(), a.note(), a.version(), a.createdAt(),
                        a.updatedAt()));
            }
        });
        return found;
    }

    /** A region (a regulator's roll-up names it, SUP-1). */
    public Optional<RegionView> region(long regionId) {
        return regions.findById(regionId).map(RegionView::of);
    }

    /** The area's location if it belongs to the hospital. */
    public Optional<AreaView> area(long hospitalId, long areaId) {
        return areas.findById(areaId).filter(a -> a.hospitalId() == hospitalId)
                .map(a -> new AreaView(a.id(), a.hospitalId(), null, null, a.departmentId(), null, a.building(),
                        a.floor(), a.name(), a.areaType(), a.keyArea(), a.note(), a.version(), a.createdAt(),
                        a.updatedAt()));
    }

    /** An option of a select list. */
    public record Choice(long id, String label) {
        static final java.util.Comparator<Choice> BY_LABEL = java.util.Comparator.comparing(Choice::label);
    }
}
