package com.safeward.disputes;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.personaldata.DocumentType;
import com.safeward.personaldata.PersonalData;
import com.safeward.watchlist.WatchlistProposals;

/**
 * DSP-9: a flagged dispute proposes its patient side's people for the watchlist (those with an
 * identity document; the security officer reviews each proposal, WL-7). Flagging a dispute whose
 * parties are on record reads their sealed identities once for the proposal — an audited use of
 * personal data, with the reason — and a party added to a flagged dispute is proposed as entered.
 */
@Component
class DisputeWatchlist {

    /** The proposal's reasons are a record's text, kept in the language of the hospitals' records. */
    private static final java.util.Locale RECORD_LANGUAGE = java.util.Locale.SIMPLIFIED_CHINESE;

    private final WatchlistProposals proposals;
    private final PersonalData personalData;
    private final JdbcClient jdbc;
    private final org.springframework.context.MessageSource messages;

    DisputeWatchlist(WatchlistProposals proposals, PersonalData personalData, JdbcClient jdbc,
            org.springframework.context.MessageSource messages) {
        this.proposals = proposals;
        this.personalData = personalData;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Every party on record with a document; how many were proposed. */
    int proposeParties(Dispute dispute, String by) {
        record Party(long id, String name, String phone, String document, DocumentType type) {
        }
        List<Party> parties = jdbc.sql("""
                select id, name_cipher, phone_cipher, document_cipher, document_type from dispute_parties
                where dispute_id = :d and document_cipher is not null order by id""").param("d", dispute.id())
                .query((rs, n) -> new Party(rs.getLong("id"), rs.getString("name_cipher"), rs.getString("phone_cipher"),
                        rs.getString("document_cipher"), DocumentType.valueOf(rs.getString("document_type")))).list();
        int proposed = 0;
        for (Party party : parties) {
            List<String> plain = personalData.reveal(reason(), "DisputeParty", party.id(), dispute.hospitalId(),
                    party.name(), party.phone(), party.document());
            if (propose(dispute, plain.get(0), party.type(), plain.get(2), plain.get(1), by)) {
                proposed++;
            }
        }
        return proposed;
    }

    /** One person of the patient side, as just entered. */
    boolean propose(Dispute dispute, String name, DocumentType type, String document, String phone, String by) {
        return proposals.propose(new WatchlistProposals.Candidate(dispute.hospitalId(), name, type, document, phone,
                dispute.threatToStaff() || dispute.criminalRisk(), reasons(dispute), "/disputes/" + dispute.id(), by))
                .isPresent();
    }

    private String reasons(Dispute dispute) {
        List<String> flags = new java.util.ArrayList<>();
        if (dispute.threatToStaff()) {
            flags.add(text("dispute.threatToStaff"));
        }
        if (dispute.petitionRisk()) {
            flags.add(text("dispute.petitionRisk"));
        }
        if (dispute.criminalRisk()) {
            flags.add(text("dispute.criminalRisk"));
        }
        return messages.getMessage("dispute.watchlistReasons", new Object[] {dispute.id(), String.join("、", flags),
                dispute.summary()}, RECORD_LANGUAGE);
    }

    private String reason() {
        return text("dispute.watchlistRevealReason");
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, RECORD_LANGUAGE);
    }
}
