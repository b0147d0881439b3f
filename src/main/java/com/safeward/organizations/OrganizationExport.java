package com.safeward.organizations;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import com.safeward.web.CsvExport;

/** CSV exports of the hospital and area lists, with headers and values in the user's language. */
@Component
class OrganizationExport {

    static final int LIMIT = 10_000;

    private final OrganizationQueries queries;
    private final OrganizationDirectory directory;
    private final MessageSource messages;

    OrganizationExport(OrganizationQueries queries, OrganizationDirectory directory, MessageSource messages) {
        this.queries = queries;
        this.directory = directory;
        this.messages = messages;
    }

    void areas(OrganizationQueries.AreaFilter filter, Pageable pageable, HttpServletResponse response) throws IOException {
        var page = queries.areas(filter, directory.currentScope(), PageRequest.of(0, LIMIT, pageable.getSort()));
        CsvExport.write(response, "areas.csv",
                headers("hospital", "area.building", "area.floor", "area.name", "area.areaType", "area.keyArea",
                        "area.department", "area.note"),
                page.map(a -> List.<Object>of(a.hospitalCode() + " " + a.hospitalName(), a.building(), a.floor(),
                        a.name(), label("AreaType." + a.areaType()), label(a.keyArea() ? "yes" : "no"),
                        a.departmentName() == null ? "" : a.departmentName(), a.note() == null ? "" : a.note()))
                        .getContent());
    }

    void hospitals(OrganizationQueries.HospitalFilter filter, Pageable pageable, HttpServletResponse response)
            throws IOException {
        var page = queries.hospitals(filter, directory.currentScope(), PageRequest.of(0, LIMIT, pageable.getSort()));
        CsvExport.write(response, "hospitals.csv",
                headers("hospital.code", "hospital.name", "hospital.region", "hospital.gradeLevel",
                        "hospital.openBeds", "hospital.dailyOutpatients", "hospital.onDutyMedicalStaff",
                        "hospital.policeStation", "hospital.address"),
                page.map(h -> List.<Object>of(h.code(), h.name(), h.regionName(),
                        label("HospitalGrade." + h.gradeLevel())
                                + (h.gradeClass() == null ? "" : label("GradeClass." + h.gradeClass())),
                        h.openBeds(), h.dailyOutpatients(), h.onDutyMedicalStaff(),
                        h.policeStationName() == null ? "" : h.policeStationName(),
                        h.address() == null ? "" : h.address())).getContent());
    }

    private List<String> headers(String... keys) {
        return java.util.Arrays.stream(keys).map(this::label).toList();
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
