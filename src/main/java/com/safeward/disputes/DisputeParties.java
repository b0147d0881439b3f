package com.safeward.disputes;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.kernel.NotFound;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.personaldata.PersonalData;

/** A party's identity unmasked for someone of the hospital who needs it, with a reason: one audit entry each time. */
@Service
@Transactional
class DisputeParties {

    /** The plain values (null where none was given). */
    record Identity(String name, String phone, String documentNumber) {
    }

    private final DisputeQueries queries;
    private final PersonalData personalData;
    private final JdbcClient jdbc;

    DisputeParties(DisputeQueries queries, PersonalData personalData, JdbcClient jdbc) {
        this.queries = queries;
        this.personalData = personalData;
        this.jdbc = jdbc;
    }

    Identity reveal(long disputeId, long partyId, String reason, Actor actor, DataScope scope) {
        Dispute dispute = queries.ownHospital(disputeId, actor, scope);
        String[] ciphers = jdbc.sql("select name_cipher, phone_cipher, document_cipher from dispute_parties "
                + "where id = :p and dispute_id = :d").param("p", partyId).param("d", disputeId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).optional()
                .orElseThrow(() -> new NotFound("party", partyId));
        List<String> plain = personalData.reveal(reason, "DisputeParty", partyId, dispute.hospitalId(), ciphers);
        return new Identity(plain.get(0), plain.get(1), plain.get(2));
    }
}
