package com.safeward.disputes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.identity.AccountDirectory;
import com.safeward.incidents.IncidentManagement;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;
import com.safeward.personaldata.PersonalData;
import com.safeward.personaldata.PersonalDataKind;
import com.safeward.personaldata.Sealed;
import com.safeward.trail.Trail;

/**
 * Opening a medical dispute (from a complaint, which then counts as escalated, or directly), its
 * patient side (identities sealed, at most N representatives), its risk flags (DSP-9: security is
 * alerted and the patient side's people with a document are proposed for the watchlist) and its
 * leader (DSP-5). Every step lands in the dispute's trail and the audit.
 */
@Service
@Transactional
class DisputeDesk {

    private final Disputes disputes;
    private final DisputeQueries queries;
    private final Complaints complaints;
    private final ComplaintQueries complaintQueries;
    private final IncidentManagement incidents;
    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;
    private final PersonalData personalData;
    private final DisputeLimits limits;
    private final DisputeWatchlist watchlist;
    private final JdbcClient jdbc;
    private final Trail trail;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisputeDesk(Disputes disputes, DisputeQueries queries, Complaints complaints, ComplaintQueries complaintQueries,
            IncidentManagement incidents, OrganizationDirectory organizations, AccountDirectory accounts,
            PersonalData personalData, DisputeLimits limits, DisputeWatchlist watchlist, JdbcClient jdbc, Trail trail,
            AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.disputes = disputes;
        this.queries = queries;
        this.complaints = complaints;
        this.complaintQueries = complaintQueries;
        this.incidents = incidents;
        this.organizations = organizations;
        this.accounts = accounts;
        this.personalData = personalData;
        this.limits = limits;
        this.watchlist = watchlist;
        this.jdbc = jdbc;
        this.trail = trail;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    DisputeView open(DisputeForm form, Actor actor, DataScope scope) {
        if (!scope.includes(form.hospitalId) || !form.hospitalId.equals(actor.hospitalId())) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        if (form.departmentId != null && organizations.department(form.hospitalId, form.departmentId).isEmpty()) {
            throw new RuleViolation("departmentId", "validation.department.unknown");
        }
        if (form.incidentId != null && !incidents.belongsTo(form.incidentId, form.hospitalId)) {
            throw new RuleViolation("incidentId", "validation.dispute.incident");
        }
        Complaint complaint = null;
        if (form.complaintId != null) {
            complaint = complaintQueries.visible(form.complaintId, actor, scope);
            if (complaint.hospitalId().longValue() != form.hospitalId) {
                throw new RuleViolation("complaintId", "validation.dispute.complaint");
            }
            if (!actor.username().equals(complaint.owner())) { // 首诉负责制: its owner turns it into a dispute
                throw new RuleViolation("complaintId", complaint.owner() == null ? "validation.complaint.unclaimed"
                        : "validation.complaint.notOwner");
            }
        }
        Instant now = Instant.now(clock);
        Dispute.RiskFlags flags = new Dispute.RiskFlags(form.threatToStaff, form.petitionRisk, form.criminalRisk);
        Dispute dispute = disputes.save(Dispute.open(form.hospitalId, form.complaintId, form.departmentId,
                blankToNull(form.staffInvolved), form.summary.strip(), form.claimedAmount, flags, form.incidentId,
                actor.username(), now));
        if (complaint != null) {
            complaints.save(complaint.escalate(dispute.id(), now));
            trail.add(Complaint.trail(complaint.id()), actor.username(), "ESCALATED", null);
            events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(complaint.hospitalId(), "DSP-1"));
        }
        trail.add(Dispute.trail(dispute.id()), actor.username(), "OPENED", null);
        audit.record(AuditEntry.of(AuditAction.CREATED, "Dispute", dispute.id(), dispute.hospitalId(),
                Text.of("audit.dispute.opened")));
        if (flags.any()) {
            flagged(dispute);
        }
        return queries.view(dispute);
    }

    /** Another party of the patient side; representatives up to the region's cap. */
    DisputeView addParty(long id, PartyForm form, Actor actor, DataScope scope) {
        Dispute dispute = queries.ownHospital(id, actor, scope);
        dispute.requireOpen();
        if (form.role == PartyRole.REPRESENTATIVE) {
            long representatives = jdbc.sql("select count(*) from dispute_parties where dispute_id = :d and "
                    + "party_role = 'REPRESENTATIVE'").param("d", id).query(Long.class).single();
            int cap = limits.of(dispute.hospitalId()).maxRepresentatives();
            if (representatives >= cap) {
                throw new RuleViolation("role", "validation.dispute.representatives", cap);
            }
        }
        personalData.validatePhone(form.phone, "phone");
        boolean document = form.documentNumber != null && !form.documentNumber.isBlank();
        if (document) {
            if (form.documentType == null) {
                throw new RuleViolation("documentType", "validation.dispute.documentType");
            }
            personalData.validateDocument(form.documentType, form.documentNumber, "documentNumber");
        }
        Sealed name = personalData.seal(PersonalDataKind.NAME, form.name);
        Sealed phone = form.phone == null || form.phone.isBlank() ? Sealed.NONE
                : personalData.seal(PersonalDataKind.PHONE, form.phone);
        Sealed number = document ? personalData.seal(PersonalDataKind.ID_NUMBER, form.documentNumber) : Sealed.NONE;
        jdbc.sql("""
                insert into dispute_parties (dispute_id, party_role, name_cipher, name_masked, phone_cipher, phone_masked,
                    document_type, document_cipher, document_hash, document_masked, relation, added_by, added_at)
                values (:d, :role, :nc, :nm, :pc, :pm, :dt, :dc, :dh, :dm, :relation, :by, :at)""")
                .param("d", id).param("role", form.role.name()).param("nc", name.cipher()).param("nm", name.masked())
                .param("pc", phone.cipher()).param("pm", phone.masked())
                .param("dt", document ? form.documentType.name() : null).param("dc", number.cipher())
                .param("dh", number.hash()).param("dm", number.masked()).param("relation", blankToNull(form.relation))
                .param("by", actor.username()).param("at", Timestamp.from(Instant.now(clock))).update();
        trail.add(Dispute.trail(id), actor.username(), "PARTY_ADDED", name.masked());
        if (document && dispute.flags().any()) {
            watchlist.propose(dispute, form.name, form.documentType, form.documentNumber, form.phone, actor.username());
        }
        audit.record(AuditEntry.created("DisputeParty", id, dispute.hospitalId(),
                Map.of("role", form.role, "name", name.masked())));
        return queries.get(id, scope);
    }

    DisputeView flag(long id, Dispute.RiskFlags flags, Actor actor, DataScope scope) {
        Dispute dispute = queries.ownHospital(id, actor, scope);
        boolean raised = (flags.threatToStaff() && !dispute.threatToStaff())
                || (flags.petitionRisk() && !dispute.petitionRisk()) || (flags.criminalRisk() && !dispute.criminalRisk());
        Dispute saved = disputes.save(dispute.flag(flags));
        trail.add(Dispute.trail(id), actor.username(), "FLAGGED", null);
        if (raised) {
            flagged(saved);
            watchlist.proposeParties(saved, actor.username());
        }
        events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(saved.hospitalId(), "DSP-5"));
        return queries.view(saved);
    }

    /** DSP-5: a leader of the hospital takes charge (领导包案). */
    DisputeView assignLeader(long id, String leader, Actor actor, DataScope scope) {
        Dispute dispute = queries.ownHospital(id, actor, scope);
        if (leader == null || !accounts.usernames(dispute.hospitalId(), EnumSet.of(Role.HOSPITAL_LEADER)).contains(leader)) {
            throw new RuleViolation("leader", "validation.dispute.leader");
        }
        Dispute saved = disputes.save(dispute.assignLeader(leader, Instant.now(clock)));
        trail.add(Dispute.trail(id), actor.username(), "LEADER_ASSIGNED", leader);
        events.publishEvent(new DisputeLeaderAssigned(id, saved.hospitalId(), leader, saved.summary()));
        events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(saved.hospitalId(), "DSP-5"));
        return queries.view(saved);
    }

    private void flagged(Dispute dispute) {
        events.publishEvent(new DisputeRiskFlagged(dispute.id(), dispute.hospitalId(), dispute.threatToStaff(),
                dispute.petitionRisk(), dispute.criminalRisk(), dispute.summary()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
