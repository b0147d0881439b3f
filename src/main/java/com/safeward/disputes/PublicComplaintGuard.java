package com.safeward.disputes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import com.safeward.kernel.RateLimit;
import com.safeward.kernel.RuleViolation;
import com.safeward.personaldata.PersonalData;


/**
 * What keeps scripts off the public complaint page (DSP-1, no login): a token bucket per client
 * address for submissions and for look-ups by tracking number, and one per hospital against a flood
 * from many addresses ({@link ComplaintProperties}); a ticket the page hands out when shown, signed
 * and timed — a form sent back without one, sooner than a person can fill it, or hours later is
 * refused (a ticket is not single-use: a script that keeps one is still held to the buckets); a
 * field people never see that scripts fill. The buckets live in this node (a client behind a load
 * balancer may get a little more than the limit from several nodes). Over a limit the page answers
 * 429 with a page saying to try later.
 */
@Component
class PublicComplaintGuard {

    private static final String PURPOSE = "complaint-ticket";
    private static final Duration TICKET_LIFE = Duration.ofHours(2);

    private final ComplaintProperties properties;
    private final PersonalData signing;
    private final Clock clock;
    private final RateLimit submissionsByAddress;
    private final RateLimit submissionsByHospital;
    private final RateLimit lookupsByAddress;
    private final RateLimit viewsByAddress;

    PublicComplaintGuard(ComplaintProperties properties, PersonalData signing, Clock clock) {
        this.properties = properties;
        this.signing = signing;
        this.clock = clock;
        this.submissionsByAddress = new RateLimit("public complaints", properties.publicSubmissionsPerHour(),
                Duration.ofHours(1));
        this.submissionsByHospital = new RateLimit("public complaints", properties.publicHospitalSubmissionsPerHour(),
                Duration.ofHours(1));
        this.lookupsByAddress = new RateLimit("public complaints", properties.publicLookupsPerHour(), Duration.ofHours(1));
        this.viewsByAddress = new RateLimit("public complaint form", properties.publicViewsPerHour(), Duration.ofHours(1));
    }

    /** A ticket for a form shown now for the hospital. */
    String ticket(long hospitalId) {
        String value = hospitalId + "." + Instant.now(clock).getEpochSecond();
        return value + "." + signing.sign(PURPOSE, value);
    }

    /** A submission from that address for the hospital may go ahead; otherwise a problem saying why. */
    void admitSubmission(String address, long hospitalId, PublicComplaintForm form) {
        if (form.website != null && !form.website.isEmpty()) {
            throw new RuleViolation("ticket", "validation.publicComplaint.rejected");
        }
        checkTicket(form.ticket, hospitalId);
        submissionsByAddress.take(address);
        submissionsByHospital.take(Long.toString(hospitalId));
    }

    /** A view of the form from that address (each starts a session: a flood of views would fill the memory). */
    void admitView(String address) {
        viewsByAddress.take(address);
    }

    /** A look-up or an addition by tracking number from that address. */
    void admitLookup(String address) {
        lookupsByAddress.take(address);
    }

    private void checkTicket(String ticket, long hospitalId) {
        String[] parts = ticket == null ? new String[0] : ticket.split("\\.");
        if (parts.length != 3 || !parts[0].equals(Long.toString(hospitalId))
                || !signing.sign(PURPOSE, parts[0] + "." + parts[1]).equals(parts[2])) {
            throw new RuleViolation("ticket", "validation.publicComplaint.rejected");
        }
        long issued;
        try {
            issued = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            throw new RuleViolation("ticket", "validation.publicComplaint.rejected");
        }
        Duration age = Duration.between(Instant.ofEpochSecond(issued), Instant.now(clock));
        if (age.compareTo(Duration.ofSeconds(properties.publicMinFillSeconds())) < 0) {
            throw new RuleViolation("ticket", "validation.publicComplaint.tooFast");
        }
        if (age.compareTo(TICKET_LIFE) > 0) {
            throw new RuleViolation("ticket", "validation.publicComplaint.expired");
        }
    }
}
