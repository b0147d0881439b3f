package com.safeward.disputes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.NotFound;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;

/**
 * DSP-1: the hospital's published complaint process — the office, where and when it receives
 * people, its phone — and the feedback deadlines of its region, shown on the public page and on a
 * sheet the hospital prints with the page's QR code.
 */
@Service
@Transactional
class ComplaintProcess {

    /** The contacts the hospital publishes. */
    static class ContactsForm {
        @NotBlank @Size(max = 100)
        public String office;
        @NotBlank @Size(max = 200)
        public String location;
        @NotBlank @Size(max = 40)
        public String phone;
        @NotBlank @Size(max = 100)
        public String hours;
    }

    /** What the process sheet and the public page show. */
    record Published(long hospitalId, String hospitalCode, String hospital, String office, String location, String phone,
            String hours, int feedbackWorkingDays, int severalDepartmentsWorkingDays, String publicUrl) {
        public boolean contactsKnown() {
            return office != null;
        }
    }

    private final JdbcClient jdbc;
    private final OrganizationDirectory organizations;
    private final ComplaintDeadlines deadlines;
    private final ComplaintProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    ComplaintProcess(JdbcClient jdbc, OrganizationDirectory organizations, ComplaintDeadlines deadlines,
            ComplaintProperties properties, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.deadlines = deadlines;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Published of(long hospitalId) {
        String code = organizations.hospitalCode(hospitalId).orElseThrow(() -> new NotFound("hospital", hospitalId));
        ComplaintProperties.Deadlines days = deadlines.deadlinesOf(hospitalId);
        String url = properties.publicBaseUrl() + "/public/complaints/" + code;
        return jdbc.sql("select * from complaint_contacts where hospital_id = :h").param("h", hospitalId)
                .query((rs, n) -> new Published(hospitalId, code, organizations.hospitalLabel(hospitalId).orElse(""),
                        rs.getString("office"), rs.getString("location"), rs.getString("phone"), rs.getString("hours"),
                        days.feedbackWorkingDays(), days.severalDepartmentsWorkingDays(), url))
                .optional().orElseGet(() -> new Published(hospitalId, code, organizations.hospitalLabel(hospitalId)
                        .orElse(""), null, null, null, null, days.feedbackWorkingDays(),
                        days.severalDepartmentsWorkingDays(), url));
    }

    /** The public page's hospital by its code; unknown codes are 404. */
    @Transactional(readOnly = true)
    Published ofCode(String code) {
        return of(Optional.ofNullable(code).flatMap(organizations::hospitalIdByCode)
                .orElseThrow(() -> new NotFound("hospital", code)));
    }

    Published saveContacts(long hospitalId, ContactsForm form, String by, DataScope scope) {
        scope.require(hospitalId, "hospital", hospitalId);
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = jdbc.sql("""
                update complaint_contacts set office = :office, location = :location, phone = :phone, hours = :hours,
                    updated_by = :by, updated_at = :at where hospital_id = :h""")
                .param("office", form.office.strip()).param("location", form.location.strip())
                .param("phone", form.phone.strip()).param("hours", form.hours.strip()).param("by", by).param("at", now)
                .param("h", hospitalId).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into complaint_contacts (hospital_id, office, location, phone, hours, updated_by, updated_at)
                    values (:h, :office, :location, :phone, :hours, :by, :at)""")
                    .param("office", form.office.strip()).param("location", form.location.strip())
                    .param("phone", form.phone.strip()).param("hours", form.hours.strip()).param("by", by)
                    .param("at", now).param("h", hospitalId).update();
        }
        audit.record(AuditEntry.updated("ComplaintContacts", hospitalId, hospitalId, null, form.office.strip()));
        return of(hospitalId);
    }
}
