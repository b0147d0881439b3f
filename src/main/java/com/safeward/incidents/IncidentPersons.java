package com.safeward.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.DataScope;
import com.safeward.personaldata.DocumentType;
import com.safeward.personaldata.PersonalData;
import com.safeward.personaldata.PersonalDataKind;
import com.safeward.personaldata.Sealed;

/**
 * Persons of an incident (N-1.2 gathered persons, N-2.1 suspects, INC-9 offenders): identities
 * sealed at rest, masked in every list, revealed only with a reason (audited).
 */
@Service
@Transactional
class IncidentPersons {

    private final JdbcClient jdbc;
    private final Incidents incidents;
    private final PersonalData personalData;
    private final AuditTrail audit;
    private final Clock clock;

    IncidentPersons(JdbcClient jdbc, Incidents incidents, PersonalData personalData, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.personalData = personalData;
        this.audit = audit;
        this.clock = clock;
    }

    IncidentPersonView register(long incidentId, PersonForm form, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(incidentId, scope);
        personalData.validateDocument(form.documentType, form.documentNumber, "documentNumber");
        Sealed name = personalData.seal(PersonalDataKind.NAME, form.name);
        Sealed document = personalData.seal(PersonalDataKind.ID_NUMBER, form.documentNumber);
        Sealed phone = form.phone == null || form.phone.isBlank() ? null : personalData.seal(PersonalDataKind.PHONE, form.phone);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into incident_persons (incident_id, role, name_cipher, name_masked, document_type, document_cipher,
                    document_hash, document_masked, phone_cipher, phone_masked, employer, note, registered_by, registered_at)
                values (:i, :role, :nc, :nm, :dt, :dc, :dh, :dm, :pc, :pm, :employer, :note, :by, :at)""")
                .param("i", incidentId).param("role", form.role.name()).param("nc", name.cipher())
                .param("nm", name.masked()).param("dt", form.documentType.name()).param("dc", document.cipher())
                .param("dh", document.hash()).param("dm", document.masked())
                .param("pc", phone == null ? null : phone.cipher()).param("pm", phone == null ? null : phone.masked())
                .param("employer", blankToNull(form.employer)).param("note", blankToNull(form.note))
                .param("by", actor).param("at", Timestamp.from(Instant.now(clock))).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        IncidentPersonView view = find(id);
        audit.record(AuditEntry.created("IncidentPerson", id, incident.hospitalId(),
                Map.of("role", form.role, "name", name.masked(), "document", document.masked())));
        return view;
    }

    @Transactional(readOnly = true)
    List<IncidentPersonView> of(long incidentId, DataScope scope) {
        incidents.visibleIn(incidentId, scope);
        return jdbc.sql("select * from incident_persons where incident_id = :i order by id").param("i", incidentId)
                .query(IncidentPersons::row).list();
    }

    RevealedPerson reveal(long incidentId, long personId, String reason, DataScope scope) {
        Incident incident = incidents.visibleIn(incidentId, scope);
        record Ciphers(String name, String type, String document, String phone) {
        }
        Ciphers ciphers = jdbc.sql("select name_cipher, document_type, document_cipher, phone_cipher from incident_persons "
                + "where id = :p and incident_id = :i").param("p", personId).param("i", incidentId)
                .query((rs, n) -> new Ciphers(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional().orElseThrow(() -> new NotFound("person", personId));
        List<String> plain = personalData.reveal(reason, "IncidentPerson", personId, incident.hospitalId(),
                ciphers.name(), ciphers.document(), ciphers.phone());
        return new RevealedPerson(plain.get(0), DocumentType.valueOf(ciphers.type()), plain.get(1), plain.get(2));
    }

    /** N-2.1 / INC-9 follow-ups on a person: handed to police, social-credit record, employer notified. */
    IncidentPersonView mark(long incidentId, long personId, String what, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(incidentId, scope);
        String column = switch (what) {
            case "handed-to-police" -> "handed_to_police_at";
            case "credit-recorded" -> "credit_recorded_at";
            case "employer-notified" -> "employer_notified_at";
            default -> throw new RuleViolation("what", "validation.person.mark");
        };
        int changed = jdbc.sql("update incident_persons set " + column + " = coalesce(" + column + ", :at) "
                + "where id = :p and incident_id = :i").param("at", Timestamp.from(Instant.now(clock)))
                .param("p", personId).param("i", incidentId).update();
        if (changed == 0) {
            throw new NotFound("person", personId);
        }
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "IncidentPerson", personId, incident.hospitalId(),
                Text.of("audit.incidentPerson." + what)));
        return find(personId);
    }

    private IncidentPersonView find(long id) {
        return jdbc.sql("select * from incident_persons where id = :id").param("id", id).query(IncidentPersons::row).single();
    }

    private static IncidentPersonView row(ResultSet rs, int n) throws SQLException {
        return new IncidentPersonView(rs.getLong("id"), rs.getLong("incident_id"),
                IncidentPersonRole.valueOf(rs.getString("role")), rs.getString("name_masked"),
                DocumentType.valueOf(rs.getString("document_type")), rs.getString("document_masked"),
                rs.getString("phone_masked"), rs.getString("employer"), rs.getString("note"),
                instant(rs.getTimestamp("handed_to_police_at")), instant(rs.getTimestamp("credit_recorded_at")),
                instant(rs.getTimestamp("employer_notified_at")), rs.getString("registered_by"),
                instant(rs.getTimestamp("registered_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
