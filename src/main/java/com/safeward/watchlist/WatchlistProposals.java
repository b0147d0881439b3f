package com.safeward.watchlist;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.personaldata.DocumentType;
import com.safeward.personaldata.PersonalData;
import com.safeward.personaldata.PersonalDataKind;
import com.safeward.texts.DisplayTimes;

/**
 * Proposals from other modules (DSP-9: a medical dispute flagged for threats, petition or the risk
 * of turning criminal proposes its patient side's people). A proposal is only that: the security
 * officer reviews it like any other (WL-7) before anyone is screened against it. A person already
 * listed, or without an identity document, is not proposed again.
 */
@Service
@Transactional
public class WatchlistProposals {

    /** Someone to propose, in plain values (sealed on the way in), with why and where the evidence is. */
    public record Candidate(long hospitalId, String name, DocumentType documentType, String documentNumber,
            String phone, boolean threatsToStaff, String reasons, String evidence, String proposedBy) {
    }

    private final Watchlist watchlist;
    private final Listings listings;
    private final PersonalData personalData;
    private final DisplayTimes times;

    WatchlistProposals(Watchlist watchlist, Listings listings, PersonalData personalData, DisplayTimes times) {
        this.watchlist = watchlist;
        this.listings = listings;
        this.personalData = personalData;
        this.times = times;
    }

    /** The new proposal's id, or empty when the person cannot or need not be proposed. */
    public Optional<Long> propose(Candidate candidate) {
        if (candidate.documentType() == null || Watchlist.blank(candidate.documentNumber())
                || listings.isListed(candidate.hospitalId(),
                        personalData.hash(PersonalDataKind.ID_NUMBER, candidate.documentNumber()))) {
            return Optional.empty();
        }
        ListingForm form = new ListingForm();
        form.hospitalId = candidate.hospitalId();
        form.documentType = candidate.documentType();
        form.documentNumber = candidate.documentNumber();
        form.name = candidate.name();
        form.phone = candidate.phone();
        form.category = candidate.threatsToStaff() ? RiskCategory.THREATS_TO_HARM_STAFF : RiskCategory.REPEATED_COMPLAINTS;
        form.riskLevel = candidate.threatsToStaff() ? RiskLevel.HIGH : RiskLevel.MEDIUM;
        form.reasons = candidate.reasons().length() > 2000 ? candidate.reasons().substring(0, 2000) : candidate.reasons();
        form.evidence = candidate.evidence();
        LocalDate until = times.today().plusYears(1);
        form.validUntil = until;
        return Optional.of(watchlist.proposeFor(candidate.hospitalId(), form, candidate.proposedBy()).id());
    }
}
