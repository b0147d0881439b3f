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
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.web.LikePattern;
import com.safeward.kernel.NotFound;
import com.safeward.web.SortableFields;

/** Read models of the organization lists: filtered by data scope, searchable, sorted, paged. */
@Component
@Transactional(readOnly = true)
class OrganizationQueries {

    static final SortableFields HOSPITAL_SORT = SortableFields.of(Sort.by("code"),
            "code", "name", "gradeLevel", "openBeds", "dailyOutpatients", "onDutyMedicalStaff", "updatedAt");
    static final SortableFields AREA_SORT = SortableFields.of(Sort.by("building", "floor", "name"),
            "building", "floor", "name", "areaType", "keyArea", "hospitalId", "updatedAt");
    static final SortableFields STATION_SORT = SortableFields.of(Sort.by("code"), "code", "name");

    private final JdbcAggregateTemplate template;
    private final Regions regions;
    private final PoliceStations stations;
    private final Hospitals hospitals;
    private final Departments departments;

    OrganizationQueries(JdbcAggregateTemplate template, Regions regions, PoliceStations stations, Hospitals hospitals,
            Departments departments) {
        this.template = template;
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
        Pageable paging = HOSPITAL_SORT.restrict(pageable);
        if (scope.isEmpty()) {
            return Page.empty(paging);
        }
        Criteria criteria = scoped("id", scope);
        if (has(filter.q())) {
            String pattern = LikePattern.containing(filter.q());
            criteria = criteria.and(Criteria.where("name").like(pattern).ignoreCase(true)
                    .or("code").like(pattern).ignoreCase(true));
        }
        if (filter.regionId() != null) {
            List<Long> subtree = regions.findById(filter.regionId())
                    .map(r -> regions.findByPathStartingWith(r.path()).stream().map(Region::id).toList())
                    .orElse(List.of(-1L));
            criteria = criteria.and("regionId").in(subtree);
        }
        if (filter.gradeLevel() != null) {
            criteria = criteria.and("gradeLevel").is(filter.gradeLevel().name());
        }
        Page<Hospital> page = template.findAll(Query.query(criteria), Hospital.class, paging);
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
        Pageable paging = AREA_SORT.restrict(pageable);
        if (scope.isEmpty()) {
            return Page.empty(paging);
        }
        Criteria criteria = scoped("hospitalId", scope);
        if (filter.hospitalId() != null) {
            criteria = criteria.and("hospitalId").is(filter.hospitalId());
        }
        if (has(filter.q())) {
            String pattern = LikePattern.containing(filter.q());
            criteria = criteria.and(Criteria.where("name").like(pattern).ignoreCase(true)
                    .or("building").like(pattern).ignoreCase(true)
                    .or("note").like(pattern).ignoreCase(true));
        }
        if (filter.areaType() != null) {
            criteria = criteria.and("areaType").is(filter.areaType().name());
        }
        if (filter.keyArea() != null) {
            criteria = criteria.and("keyArea").is(filter.keyArea());
        }
        if (filter.departmentId() != null) {
            criteria = criteria.and("departmentId").is(filter.departmentId());
        }
        Page<Area> page = template.findAll(Query.query(criteria), Area.class, paging);
        return page.map(toView(page.getContent()));
    }

    AreaView area(long id, DataScope scope) {
        Area area = template.findById(id, Area.class);
        if (area == null || !scope.includes(area.hospitalId())) {
            throw new NotFound("area", id);
        }
        return toView(List.of(area)).apply(area);
    }

    Page<PoliceStationView> stations(String q, Pageable pageable) {
        Pageable paging = STATION_SORT.restrict(pageable);
        Criteria criteria = Criteria.empty();
        if (has(q)) {
            criteria = Criteria.where("name").like(LikePattern.containing(q)).ignoreCase(true)
                    .or("code").like(LikePattern.containing(q)).ignoreCase(true);
        }
        Page<PoliceStation> page = template.findAll(Query.query(criteria), PoliceStation.class, paging);
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

    private static Criteria scoped(String property, DataScope scope) {
        return scope.everything() ? Criteria.empty() : Criteria.where(property).in(scope.hospitalIds());
    }

    private static boolean has(String text) {
        return text != null && !text.isBlank();
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
