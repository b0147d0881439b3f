package com.safeward.organizations;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface Regions extends ListCrudRepository<Region, Long> {
    boolean existsByCode(String code);

    Optional<Region> findByCode(String code);

    List<Region> findByPathStartingWith(String path);
}

interface PoliceStations extends ListCrudRepository<PoliceStation, Long> {
    boolean existsByCode(String code);
}

interface Hospitals extends ListCrudRepository<Hospital, Long> {
    boolean existsByCode(String code);

    Optional<Hospital> findByCode(String code);

    @Query("select id from hospitals where police_station_id = :station")
    List<Long> idsAssignedTo(@Param("station") long stationId);

    @Query("select h.id from hospitals h join regions r on r.id = h.region_id where r.path like :prefix")
    List<Long> idsInRegionsStartingWith(@Param("prefix") String pathPrefix);
}

interface Departments extends ListCrudRepository<Department, Long> {
    List<Department> findByHospitalIdOrderByName(long hospitalId);

    boolean existsByHospitalIdAndCode(long hospitalId, String code);
}

interface Areas extends ListCrudRepository<Area, Long> {
    List<Area> findByHospitalIdOrderByBuildingAscFloorAscNameAsc(long hospitalId);

    Optional<Area> findByHospitalIdAndBuildingAndFloorAndName(long hospitalId, String building, String floor,
            String name);
}
