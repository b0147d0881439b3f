package com.safeward.organizations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.kernel.NotFound;
import com.safeward.persistence.AggregateRows;
import com.safeward.persistence.PagedQuery;
import com.safeward.persistence.SortableFields;

/** Read models of the organization lists: filtered by data scope, searchable, sorted, paged. */
@Component
@Transactional(readOnly = true)
class OrganizationQueries {

    static final SortableFields HOSPITAL_SORT = SortableFields.of(Sort.by("code"),
            "code", "name", "gradeLevel", "openBeds", "dailyOutpatients", "onDutyMedicalStaff", "updatedAt");
    static final SortableFields AREA_SORT = SortableFields.of(Sort.by("building", "floor", "name"),
            "building", "floor", "name", "areaType", "keyArea", "hospitalId", "updatedAt");
    static final SortableFields STATION_SORT = SortableFields.of(Sort.by("code"), "code", "name");

    private final JdbcClient jdbc;
    private final AggregateRows rows;
    private final Regions regions;
    private final PoliceStations stations;
    private final Hospitals hospitals;
    private final Departments departments;
    private final Areas areas;

    OrganizationQueries(JdbcClient jdbc, AggregateRows rows, Regions regions, PoliceStations stations,
            Hospitals hospitals, Departments departments, Areas areas) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.areas = areas;
        this.regions = regions;
        this.stations = stations;
        this.hospitals = hospitals;
        this.departments = departments;
    }

    /** Filters of the hospital list. */
    record HospitalFilter(String q, Long regionId, HospitalGrade gradeLevel) {
    }

    /** Filters of the area list. */
    record AreaFilter(Long hospitalId, String q, AreaType areaType, Boolean keyArea, Long departmentId) {
    }

    Page<HospitalView> hospitals(HospitalFilter filter, DataScope scope, Pageable pageable) {
        PagedQuery query = scope.limit(new PagedQuery(), "id").containing(filter.q(), "name", "code");
        if (filter.regionId() != null) {
            List<Long> subtree = regions.findById(filter.regionId())
                    .map(r -> regions.findByPathStartingWith(r.path()).stream().map(Region::id).toList())
                    .orElse(List.of(-1L));
            query.and("region_id in (:subtree)", "subtree", subtree);
        }
        if (filter.gradeLevel() != null) {
            query.and("grade_level = :grade", "grade", filter.gradeLevel().name());
        }
        Page<Hospital> page = query.page(jdbc, "hospitals", HOSPITAL_SORT, rows.of(Hospital.class), pageable);
        Map<Long, String> regionNames = names(regions.findAllById(ids(page.getContent(), Hospital::regionId)),
                Region::id, Region::name);
        Map<Long, String> stationNames = names(stations.findAllById(ids(page.getContent(), Hospital::policeStationId)),
                PoliceStation::id, PoliceStation::name);
        return page.map(h -> HospitalView.of(h, regionNames.get(h.regionId()), stationNames.get(h.policeStationId())));
    }

    HospitalView hospital(long id, DataScope scope) {
        Hospital h = hospitals.findById(id).filter(x -> scope.includes(x.id()))
                .orElseThrow(() -> new NotFound("hospital", id));
        return HospitalView.of(h, regions.findById(h.regionId()).map(Region::name).orElse(null),
                h.policeStationId() == null ? null
                        : stations.findById(h.policeStationId()).map(PoliceStation::name).orElse(null));
    }

    List<DepartmentView> departments(long hospitalId, DataScope scope) {
        scope.require(hospitalId, "hospital", hospitalId);
        return departments.findByHospitalIdOrderByName(hospitalId).stream().map(DepartmentView::of).toList();
    }

    Page<AreaView> areas(AreaFilter filter, DataScope scope, Pageable pageable) {
        PagedQuery query = scope.limit(new PagedQuery(), "hospital_id")
                .containing(filter.q(), "name", "building", "note");
        if (filter.hospitalId() != null) {
            query.and("hospital_id = :hospital", "hospital", filter.hospitalId());
        }
        if (filter.areaType() != null) {
            query.and("area_type = :type", "type", filter.areaType().name());
        }
        if (filter.keyArea() != null) {
            query.and("key_area = :key", "key", filter.keyArea());
        }
        if (filter.departmentId() != null) {
            query.and("department_id = :department", "department", filter.departmentId());
        }
        Page<Area> page = query.page(jdbc, "areas", AREA_SORT, rows.of(Area.class), pageable);
        return page.map(toView(page.getContent()));
    }

    AreaView area(long id, DataScope scope) {
        Area area = areas.findById(id).filter(found -> scope.includes(found.hospitalId()))
                .orElseThrow(() -> new NotFound("area", id));
        return toView(List.of(area)).apply(area);
    }

    Page<PoliceStationView> stations(String q, Pageable pageable) {
        Page<PoliceStation> page = new PagedQuery().containing(q, "name", "code")
                .page(jdbc, "police_stations", STATION_SORT, rows.of(PoliceStation.class), pageable);
        Map<Long, String> regionNames = names(regions.findAllById(ids(page.getContent(), PoliceStation::regionId)),
                Region::id, Region::name);
        return page.map(s -> new PoliceStationView(s.id(), s.code(), s.name(), s.regionId(),
                regionNames.get(s.regionId()), s.dutyPhone(), s.address()));
    }

    PoliceStationView station(long id) {
        PoliceStation s = stations.findById(id).orElseThrow(() -> new NotFound("police station", id));
        return new PoliceStationView(s.id(), s.code(), s.name(), s.regionId(),
                regions.findById(s.regionId()).map(Region::name).orElse(null), s.dutyPhone(), s.address());
    }

    /** The region tree in depth-first order (by path). */
    List<RegionView> regionTree() {
        return regions.findAll().stream().sorted(java.util.Comparator.comparing(Region::path))
                .map(RegionView::of).toList();
    }

    RegionView region(long id) {
        return regions.findById(id).map(RegionView::of).orElseThrow(() -> new NotFound("region", id));
    }

    private Function<Area, AreaView> toView(List<Area> areas) {
        Map<Long, Hospital> hospitalsById = hospitals.findAllById(ids(areas, Area::hospitalId)).stream()
                .collect(Collectors.toMap(Hospital::id, h -> h));
        Map<Long, String> departmentNames = names(departments.findAllById(ids(areas, Area::departmentId)),
                Department::id, Department::name);
        return a -> {
            Hospital h = hospitalsById.get(a.hospitalId());
            return new AreaView(a.id(), a.hospitalId(), h == null ? null : h.code(), h == null ? null : h.name(),
                    a.departmentId(), departmentNames.get(a.departmentId()), a.building(), a.floor(), a.name(),
                    a.areaType(), a.keyArea(), a.note(), a.version(), a.createdAt(), a.updatedAt());
        };
    }

    private static <T> Set<Long> ids(Collection<T> items, Function<T, Long> id) {
        return items.stream().map(id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> Map<Long, String> names(Iterable<T> items, Function<T, Long> id, Function<T, String> name) {
        Map<Long, String> names = new java.util.HashMap<>();
        items.forEach(item -> names.put(id.apply(item), name.apply(item)));
        return names;
    }
}
