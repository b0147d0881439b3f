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

    /** The person screened: the document always; the birth date is read from a resident ID number. */
    public record Person(@NotNull DocumentType documentType, @NotBlank @Size(max = 40) String documentNumber,
            @NotBlank @Size(max = 50) String name, @Size(max = 20) String phone, LocalDate birthDate) {

        @Override
        public String toString() {
            return "Person[masked]"; // never log identities
        }
    }
}
