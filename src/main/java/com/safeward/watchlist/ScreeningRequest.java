package com.safeward.watchlist;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.safeward.personaldata.DocumentType;

/**
 * WL-2: one screening, as a hospital information system sends it ({@code POST /api/v1/screenings})
 * and as the visitor check-in page builds it. {@code department} is the department or ward's
 * code (e.g. {@code ED}); {@code staff} the doctor or nurse concerned, when known.
 */
public record ScreeningRequest(@NotNull ScreeningContext context, @NotNull @Valid Person person,
        @Size(max = 32) String department, @Size(max = 100) String ward, @Size(max = 100) String staff) {

    /**
     * The person screened: the document when there is one (the birth date is then read from a
     * resident ID number); without one (an appointment made by phone before real-name
     * registration), the name with the phone or the birth date, which can give POSSIBLE only.
     */
    public record Person(DocumentType documentType, @Size(max = 40) String documentNumber,
            @NotBlank @Size(max = 50) String name, @Size(max = 30) String phone, LocalDate birthDate) {

        /** Whether a document was given (its type and number). */
        public boolean hasDocument() {
            return documentNumber != null && !documentNumber.isBlank();
        }

        @Override
        public String toString() {
            return "Person[masked]"; // never log identities
        }
    }
}
