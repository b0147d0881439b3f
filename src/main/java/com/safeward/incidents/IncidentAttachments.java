package com.safeward.incidents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.evidence.EvidenceFile;
import com.safeward.organizations.DataScope;
import com.safeward.kernel.NotFound;

/** INC-4 evidence: photos, video, audio and PDFs of an incident, type and size checked; downloads audited. */
@Service
@Transactional
class IncidentAttachments {

    /** An attachment as lists show it. */
    record Attachment(long id, long incidentId, String filename, String contentType, long sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
    }

    /** The bytes of an attachment, for download. */
    record Content(String filename, String contentType, byte[] data) {
    }

    private final JdbcClient jdbc;
    private final Incidents incidents;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxBytes;

    IncidentAttachments(JdbcClient jdbc, Incidents incidents, AuditTrail audit, Clock clock,
            @Value("${safeward.incidents.attachment-max-bytes}") long maxBytes) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    Attachment attach(long incidentId, MultipartFile file, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(incidentId, scope);
        EvidenceFile evidence = EvidenceFile.of(file, maxBytes, "file");
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into incident_attachments (incident_id, filename, content_type, size_bytes, sha256, data,
                    uploaded_by, uploaded_at)
                values (:i, :name, :type, :size, :sha, :data, :by, :at)""")
                .param("i", incidentId).param("name", evidence.filename()).param("type", evidence.contentType())
                .param("size", evidence.size()).param("sha", evidence.sha256()).param("data", evidence.data())
                .param("by", actor).param("at", Timestamp.from(Instant.now(clock))).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        audit.record(AuditEntry.of(AuditAction.CREATED, "IncidentAttachment", id, incident.hospitalId(),
                evidence.toString()));
        return list(incidentId, scope).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    List<Attachment> list(long incidentId, DataScope scope) {
        incidents.visibleIn(incidentId, scope);
        return jdbc.sql("select id, incident_id, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at "
                + "from incident_attachments where incident_id = :i order by id").param("i", incidentId)
                .query((rs, n) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Evidence may show people: each download is recorded. */
    Content download(long incidentId, long attachmentId, DataScope scope) {
        Incident incident = incidents.visibleIn(incidentId, scope);
        Content content = jdbc.sql("select filename, content_type, data from incident_attachments where id = :a and incident_id = :i")
                .param("a", attachmentId).param("i", incidentId)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFound("attachment", attachmentId));
        audit.record(AuditEntry.of(AuditAction.EXPORTED, "IncidentAttachment", attachmentId, incident.hospitalId(),
                content.filename()));
        return content;
    }
}
