package com.safeward.disputes;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.compliance.ComplianceRecordsChanged;
import com.safeward.identity.AccountDirectory;
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
 * DSP-1 use cases: receive a complaint (staff, or the patient on the public page), take one nobody
 * owns, hand it over and accept it (首诉负责制), answer it, close it, add to it. Each step lands in
 * the complaint's trail and the audit; the complainant's name and phone are sealed at rest.
 */
@Service
@Transactional
class ComplaintDesk {

    /** Who can own a complaint: whoever may handle one in the hospital. */
    static final Set<Role> HANDLERS = EnumSet.of(Role.COMPLAINTS_OFFICER, Role.SECURITY_OFFICER, Role.HOSPITAL_LEADER,
            Role.HOSPITAL_ADMIN, Role.MEDICAL_STAFF);
    private static final char[] TRACKING_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Complaints complaints;
    private final ComplaintQueries queries;
    private final ComplaintDeadlines deadlines;
    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;
    private final PersonalData personalData;
    private final JdbcClient jdbc;
    private final Trail trail;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintDesk(Complaints complaints, ComplaintQueries queries, ComplaintDeadlines deadlines,
            OrganizationDirectory organizations, AccountDirectory accounts, PersonalData personalData, JdbcClient jdbc,
            Trail trail, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.queries = queries;
        this.deadlines = deadlines;
        this.organizations = organizations;
        this.accounts = accounts;
        this.personalData = personalData;
        this.jdbc = jdbc;
        this.trail = trail;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Received by a member of staff of the hospital, who owns it from now on (首诉负责制). */
    ComplaintView register(ComplaintForm form, Actor actor, DataScope scope) {
        if (!scope.includes(form.hospitalId) || !form.hospitalId.equals(actor.hospitalId())) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        if (form.channel == ComplaintChannel.PUBLIC_PAGE) {
            throw new RuleViolation("channel", "validation.complaint.publicChannel");
        }
        Complainant who = complainant(form.complainant, form.phone, false);
        return queries.view(receive(form.hospitalId, form.channel, who, form.departmentId, form.subject, form.content,
                form.severalDepartments, actor.username()));
    }

    /** Filed by the patient on the public page: nobody owns it until an officer takes it. */
    String filePublic(long hospitalId, PublicComplaintForm form) {
        Complainant who = complainant(form.complainant, form.phone, true);
        return receive(hospitalId, ComplaintChannel.PUBLIC_PAGE, who, form.departmentId, form.subject, form.content,
                false, null).trackingNumber();
    }

    private Complaint receive(long hospitalId, ComplaintChannel channel, Complainant who, Long departmentId,
            String subject, String content, boolean severalDepartments, String by) {
        if (departmentId != null && organizations.department(hospitalId, departmentId).isEmpty()) {
            throw new RuleViolation("departmentId", "validation.department.unknown");
        }
        Instant now = Instant.now(clock);
        Complaint complaint = complaints.save(Complaint.receive(hospitalId, trackingNumber(), channel,
                who.sealed(), departmentId, subject.strip(), content.strip(), severalDepartments, now, by,
                deadlines.feedbackDue(hospitalId, now, severalDepartments)));
        trail.add(Complaint.trail(complaint.id()), now, by == null ? "public" : by, "RECEIVED", channel.name(), null);
        audit.record(AuditEntry.of(AuditAction.CREATED, "Complaint", complaint.id(), hospitalId,
                Text.of("audit.complaint.received", complaint.trackingNumber())));
        events.publishEvent(new ComplaintReceived(complaint.id(), hospitalId, channel, by, complaint.subject()));
        events.publishEvent(new ComplianceRecordsChanged(hospitalId, "DSP-1"));
        return complaint;
    }

    ComplaintView claim(long id, Actor actor, DataScope scope) {
        return step(queries.visible(id, actor, scope).claim(actor.username()), actor, "CLAIMED", null);
    }

    /** 首诉负责制: offered to a colleague of the same hospital who may handle complaints. */
    ComplaintView handOver(long id, String to, String note, Actor actor, DataScope scope) {
        Complaint complaint = queries.visible(id, actor, scope);
        if (to == null || !accounts.usernames(complaint.hospitalId(), HANDLERS).contains(to)) {
            throw new RuleViolation("to", "validation.complaint.handoverTo");
        }
        String reason = note == null || note.isBlank() ? null : note.strip();
        ComplaintView view = step(complaint.handOver(actor.username(), to, reason), actor, "HANDED_OVER",
                to + (reason == null ? "" : " · " + reason));
        events.publishEvent(new ComplaintHandedOver(id, complaint.hospitalId(), actor.username(), to, complaint.subject()));
        return view;
    }

    ComplaintView accept(long id, Actor actor, DataScope scope) {
        return step(queries.visible(id, actor, scope).accept(actor.username()), actor, "ACCEPTED", null);
    }

    /** The colleague declines, or the owner takes the offer back. */
    ComplaintView decline(long id, Actor actor, DataScope scope) {
        return step(queries.visible(id, actor, scope).withdrawHandover(actor.username()), actor, "DECLINED", null);
    }

    ComplaintView involveSeveralDepartments(long id, Actor actor, DataScope scope) {
        Complaint complaint = queries.visible(id, actor, scope);
        return step(complaint.involveSeveralDepartments(actor.username(),
                deadlines.feedbackDue(complaint.hospitalId(), complaint.receivedAt(), true)), actor, "SEVERAL_DEPARTMENTS",
                null);
    }

    ComplaintView answer(long id, String findings, String feedback, Actor actor, DataScope scope) {
        Complaint complaint = queries.visible(id, actor, scope); // 404 outside the scope, before the input
        if (feedback == null || feedback.isBlank()) {
            throw new RuleViolation("feedback", "validation.complaint.feedback");
        }
        if (feedback.length() > 4000 || (findings != null && findings.length() > 4000)) {
            throw new RuleViolation("feedback", "validation.complaint.tooLong");
        }
        ComplaintView view = step(complaint.answer(actor.username(), findings == null || findings.isBlank() ? null
                : findings.strip(), feedback.strip(), Instant.now(clock)), actor, "ANSWERED", null);
        events.publishEvent(new ComplianceRecordsChanged(complaint.hospitalId(), "DSP-1"));
        return view;
    }

    ComplaintView close(long id, Actor actor, DataScope scope) {
        return step(queries.visible(id, actor, scope).close(actor.username(), Instant.now(clock)), actor, "CLOSED", null);
    }

    /** Staff add a note, or the complainant adds to it by the tracking number (by = null). */
    void add(Complaint complaint, String content, String by) {
        if (content == null || content.isBlank()) {
            throw new RuleViolation("content", "validation.complaint.addition");
        }
        if (content.length() > 2000) {
            throw new RuleViolation("content", "validation.complaint.additionLength");
        }
        if (complaint.status() == ComplaintStatus.CLOSED) {
            throw new RuleViolation("content", "validation.complaint.settled");
        }
        Instant now = Instant.now(clock);
        jdbc.sql("insert into complaint_additions (complaint_id, added_at, added_by, content) values (:c, :at, :by, :text)")
                .param("c", complaint.id()).param("at", Timestamp.from(now)).param("by", by)
                .param("text", content.strip()).update();
        trail.add(Complaint.trail(complaint.id()), now, by == null ? "public" : by, "ADDED", null, null);
    }

    ComplaintView addNote(long id, String content, Actor actor, DataScope scope) {
        add(queries.visible(id, actor, scope), content, actor.username());
        return queries.get(id, actor, scope);
    }

    private ComplaintView step(Complaint changed, Actor actor, String action, String note) {
        Complaint saved = complaints.save(changed);
        trail.add(Complaint.trail(saved.id()), actor.username(), action, note);
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Complaint", saved.id(), saved.hospitalId(),
                Text.of("audit.complaint.step", action)));
        return queries.view(saved);
    }

    private Complainant complainant(String name, String phone, boolean required) {
        boolean hasPhone = phone != null && !phone.isBlank();
        if (hasPhone || required) {
            personalData.validatePhone(phone, "phone");
        }
        boolean hasName = name != null && !name.isBlank();
        return new Complainant(hasName ? personalData.seal(PersonalDataKind.NAME, name) : Sealed.NONE,
                hasPhone ? personalData.seal(PersonalDataKind.PHONE, phone) : Sealed.NONE);
    }

    private record Complainant(Sealed name, Sealed phone) {
        Complaint.Complainant sealed() {
            return new Complaint.Complainant(name.cipher(), name.masked(), phone.cipher(), phone.masked());
        }
    }

    /** TS and ten characters without look-alikes (0/O, 1/I): 50 random bits, not guessable. */
    static String trackingNumber() {
        StringBuilder number = new StringBuilder("TS");
        for (int i = 0; i < 10; i++) {
            number.append(TRACKING_ALPHABET[RANDOM.nextInt(TRACKING_ALPHABET.length)]);
        }
        return number.toString();
    }
}
