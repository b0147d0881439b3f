package com.safeward.visitors;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.DepartmentView;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.personaldata.PersonalData;
import com.safeward.personaldata.PersonalDataKind;
import com.safeward.personaldata.Sealed;
import com.safeward.texts.DisplayTimes;
import com.safeward.watchlist.ScreeningContext;
import com.safeward.watchlist.ScreeningOutcome;
import com.safeward.watchlist.ScreeningRequest;
import com.safeward.watchlist.ScreeningResult;
import com.safeward.watchlist.WatchlistScreening;

/**
 * WL-2 (N-4.1): real-name registration of inpatient visitors. Registering a visitor screens them
 * in the same step (and the same transaction): the desk sees the outcome at once and, on a match,
 * security and the ward's staff are already alerted.
 */
@Service
@Transactional
class VisitorCheckins {

    private final DisplayTimes times;
    private final JdbcClient jdbc;
    private final WatchlistScreening screenings;
    private final PersonalData personalData;
    private final OrganizationDirectory directory;
    private final Clock clock;

    VisitorCheckins(JdbcClient jdbc, WatchlistScreening screenings, PersonalData personalData, OrganizationDirectory directory,
            Clock clock, DisplayTimes times) {
        this.times = times;
        this.jdbc = jdbc;
        this.screenings = screenings;
        this.personalData = personalData;
        this.directory = directory;
        this.clock = clock;
    }

    /** Registers and screens a visitor of the actor's hospital; returns the visit with the screening's outcome. */
    VisitorView checkIn(VisitorForm form, Actor actor) {
        if (actor.hospitalId() == null) {
            throw new RuleViolation("departmentId", "validation.hospital.unknown");
        }
        long hospitalId = actor.hospitalId();
        DepartmentView ward = directory.department(hospitalId, form.departmentId)
                .orElseThrow(() -> new RuleViolation("departmentId", "validation.department.unknown"));
        if (ward.kind() != com.safeward.organizations.DepartmentKind.INPATIENT) {
            throw new RuleViolation("departmentId", "validation.visitor.notWard"); // visitors go to wards (N-4.1)
        }
        ScreeningResult result;
        try {
            result = screenings.screen(hospitalId, new ScreeningRequest(ScreeningContext.VISITOR_CHECKIN,
                    new ScreeningRequest.Person(form.documentType, form.documentNumber, form.visitorName, form.phone, null),
                    ward.code(), form.bed, null), actor.username());
        } catch (RuleViolation invalid) { // the screening names person.*; the form names its own fields
            String field = switch (invalid.field()) {
                case "person.documentNumber" -> "documentNumber";
                case "person.phone" -> "phone";
                default -> invalid.field();
            };
            throw new RuleViolation(field, invalid.messageKey(), invalid.arguments());
        }
        Sealed visitor = personalData.seal(PersonalDataKind.NAME, form.visitorName);
        Sealed document = personalData.seal(PersonalDataKind.ID_NUMBER, form.documentNumber);
        Sealed phone = blank(form.phone) ? null : personalData.seal(PersonalDataKind.PHONE, form.phone);
        Sealed patient = personalData.seal(PersonalDataKind.NAME, form.patientName);
        Instant now = Instant.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into visitor_checkins (hospital_id, department_id, visitor_cipher, visitor_masked, document_type,
                    document_cipher, document_hash, document_masked, phone_cipher, phone_masked, patient_cipher,
                    patient_masked, bed, time_in, screening_id, screening_outcome, registered_by)
                values (:h, :d, :vc, :vm, :dt, :dc, :dh, :dm, :pc, :pm, :patc, :patm, :bed, :in, :s, :outcome, :by)""")
                .param("h", hospitalId).param("d", ward.id()).param("vc", visitor.cipher()).param("vm", visitor.masked())
                .param("dt", form.documentType.name()).param("dc", document.cipher()).param("dh", document.hash())
                .param("dm", document.masked()).param("pc", phone == null ? null : phone.cipher())
                .param("pm", phone == null ? null : phone.masked()).param("patc", patient.cipher())
                .param("patm", patient.masked()).param("bed", blank(form.bed) ? null : form.bed.trim())
                .param("in", Timestamp.from(now)).param("s", result.screeningId())
                .param("outcome", result.outcome().name()).param("by", actor.username())
                .update(key, "id");
        return find(key.getKeyAs(Number.class).longValue());
    }

    void checkOut(long id, DataScope scope) {
        VisitorView visit = find(id);
        long hospital = jdbc.sql("select hospital_id from visitor_checkins where id = :id").param("id", id)
                .query(Long.class).single();
        if (!scope.includes(hospital)) {
            throw new NotFound("visit", id);
        }
        if (visit.timeOut() != null) {
            throw new RuleViolation("timeOut", "validation.visitor.alreadyOut");
        }
        jdbc.sql("update visitor_checkins set time_out = :out where id = :id")
                .param("out", Timestamp.from(Instant.now(clock))).param("id", id).update();
    }

    /** Today's visits (today in the display zone, Asia/Shanghai) of the hospital, newest first. */
    @Transactional(readOnly = true)
    /** The ward the user last registered a visitor for: the desk's default (a desk serves one or two wards). */
    java.util.Optional<Long> lastWardOf(String username, long hospitalId) {
        return jdbc.sql("select department_id from visitor_checkins where hospital_id = :h and registered_by = :u"
                + " order by time_in desc, id desc limit 1").param("h", hospitalId).param("u", username)
                .query(Long.class).optional();
    }

    List<VisitorView> today(long hospitalId) {
        Instant start = times.today().atStartOfDay(times.zone()).toInstant();
        return jdbc.sql(SELECT + " where v.hospital_id = :h and v.time_in >= :start order by v.time_in desc, v.id desc")
                .param("h", hospitalId).param("start", Timestamp.from(start)).query(this::row).list();
    }

    private VisitorView find(long id) {
        return jdbc.sql(SELECT + " where v.id = :id").param("id", id).query(this::row).optional()
                .orElseThrow(() -> new NotFound("visit", id));
    }

    private static final String SELECT = "select v.* from visitor_checkins v";

    /** The ward's name from the organizations module (a day's visits name few wards). */
    private VisitorView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp out = rs.getTimestamp("time_out");
        String ward = directory.department(rs.getLong("hospital_id"), rs.getLong("department_id"))
                .map(DepartmentView::name).orElse("");
        return new VisitorView(rs.getLong("id"), ward, rs.getString("visitor_masked"),
                rs.getString("document_masked"), rs.getString("patient_masked"), rs.getString("bed"),
                rs.getTimestamp("time_in").toInstant(), out == null ? null : out.toInstant(), rs.getLong("screening_id"),
                ScreeningOutcome.valueOf(rs.getString("screening_outcome")));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
