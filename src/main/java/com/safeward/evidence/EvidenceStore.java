package com.safeward.evidence;

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
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RecordRef;
import com.safeward.kernel.Text;

/**
 * Files of any module's records. The caller has checked that the current user may see (and, to
 * store, change) the owning record; {@code hospitalId} is the owner's hospital, which decides who
 * may later search the audit entries.
 */
@Service
@Transactional
public class EvidenceStore {

    private static final String AUDITED = "EvidenceFile";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxBytes;

    EvidenceStore(JdbcClient jdbc, AuditTrail audit, Clock clock, @Value("${safeward.evidence.max-bytes}") long maxBytes) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /**
     * Checks and stores an upload (the form field is named {@code file} in the error when it is
     * empty, too large or of a type SafeWard does not accept).
     */
    public EvidenceView store(RecordRef owner, Long hospitalId, MultipartFile upload, String actor) {
        EvidenceFile file = EvidenceFile.of(upload, maxBytes, "file");
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into evidence_files (owner_type, owner_id, hospital_id, filename, content_type, size_bytes, sha256,
                    data, uploaded_by, uploaded_at)
                values (:type, :owner, :hospital, :name, :contentType, :size, :sha, :data, :by, :at)""")
                .param("type", owner.type()).param("owner", owner.id()).param("hospital", hospitalId)
                .param("name", file.filename()).param("contentType", file.contentType()).param("size", file.size())
                .param("sha", file.sha256()).param("data", file.data()).param("by", actor)
                .param("at", Timestamp.from(Instant.now(clock))).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        audit.record(AuditEntry.of(AuditAction.CREATED, AUDITED, id, hospitalId,
                Text.of("audit.evidence.stored", Text.of("recordType." + owner.type()), owner.id(), file.filename())));
        return find(owner, id);
    }

    /** The record's files, oldest first. */
    @Transactional(readOnly = true)
    public List<EvidenceView> of(RecordRef owner) {
        return jdbc.sql(SELECT + " where owner_type = :type and owner_id = :owner order by id")
                .param("type", owner.type()).param("owner", owner.id()).query(EvidenceStore::view).list();
    }

    /** One file's bytes; every download is in the audit trail. */
    public EvidenceContent download(RecordRef owner, long fileId, Long hospitalId) {
        EvidenceContent content = jdbc.sql("select filename, content_type, data from evidence_files "
                + "where id = :id and owner_type = :type and owner_id = :owner")
                .param("id", fileId).param("type", owner.type()).param("owner", owner.id())
                .query((rs, n) -> new EvidenceContent(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFound("evidence file", fileId));
        audit.record(AuditEntry.of(AuditAction.EXPORTED, AUDITED, fileId, hospitalId,
                Text.of("audit.evidence.downloaded", Text.of("recordType." + owner.type()), owner.id(), content.filename())));
        return content;
    }

    private EvidenceView find(RecordRef owner, long id) {
        return jdbc.sql(SELECT + " where id = :id and owner_type = :type and owner_id = :owner").param("id", id)
                .param("type", owner.type()).param("owner", owner.id()).query(EvidenceStore::view).single();
    }

    private static final String SELECT = """
            select id, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at from evidence_files""";

    private static EvidenceView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new EvidenceView(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
