package com.safeward.incidents;

import com.safeward.personaldata.DocumentType;

/** A person's full identity, revealed for a reason (the reveal is audited). */
public record RevealedPerson(String name, DocumentType documentType, String documentNumber, String phone) {

    @Override
    public String toString() {
        return "RevealedPerson[redacted]";
    }
}
