package com.safeward.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.stereotype.Service;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.RuleViolation;

/**
 * The personal-data module's API: seal values for storage, validate documents, reveal with a
 * reason (audited in the caller's transaction). Plain values are never logged.
 */
@Service
public class PersonalData {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern PHONE_NUMBER = java.util.regex.Pattern.compile("\\+?[0-9]{5,15}");
    private static final java.util.regex.Pattern OTHER_DOCUMENT = java.util.regex.Pattern.compile("[A-Z0-9]{5,30}");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A keyed MAC per thread (doFinal resets it): screenings hash four values each, thousands a second. */
    private final ThreadLocal<Mac> macs = new ThreadLocal<>();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Keyring keys;
    private final AuditTrail audit;
    private final Clock clock;

    PersonalData(Keyring keys, AuditTrail audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** Encrypts with the current key, hashes for matching, masks for display. */
    public Sealed seal(PersonalDataKind kind, String plain) {
        String normalized = kind.normalize(plain);
        return new Sealed(encrypt(normalized), hash(kind, normalized), kind.mask(normalized));
    }

    /** Only the masked form, for records that keep no cipher (screening logs). */
    public static String mask(PersonalDataKind kind, String plain) {
        return kind.mask(kind.normalize(plain));
    }

    /** The matching hash of a value (same normalization as {@link #seal}): equal values, equal hashes. */
    public String hash(PersonalDataKind kind, String plain) {
        try {
            Mac mac = macs.get();
            if (mac == null) {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(keys.hashKey());
                macs.set(mac);
            }
            mac.update((kind.name() + ":").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(kind.normalize(plain).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A keyed MAC of a value that is not personal data, for a purpose (a public form's ticket): the
     * same key as matching hashes, kept apart from them by the purpose, so every node checks what
     * another signed.
     */
    public String sign(String purpose, String value) {
        return hash(PersonalDataKind.NAME, "sign:" + purpose + ":" + value);
    }

    /**
     * The plain values of one record, for someone allowed to see them, with their reason: one
     * entry in the audit trail as a view of personal data. Null ciphers stay null.
     */
    public List<String> reveal(String reason, String entityType, Object entityId, Long hospitalId,
            String... ciphers) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "validation.personalData.reason");
        }
        List<String> plain = new ArrayList<>();
        for (String cipher : ciphers) {
            plain.add(cipher == null ? null : decrypt(cipher));
        }
        audit.record(AuditEntry.of(AuditAction.PERSONAL_DATA_VIEWED, entityType, entityId, hospitalId)
                .withReason(reason.trim()));
        return plain;
    }

    /**
     * A machine comparison with a sealed value: the plain value is decrypted, tested and dropped,
     * never returned or shown to anyone, so it is no view of personal data (nothing is audited).
     */
    public boolean test(String cipher, java.util.function.Predicate<String> predicate) {
        return cipher != null && predicate.test(decrypt(cipher));
    }

    /** The birth date a resident ID number carries (digits 7–14), if it is one. */
    public static java.util.Optional<LocalDate> birthDateOf(DocumentType type, String number) {
        if (type != DocumentType.RESIDENT_ID || number == null) {
            return java.util.Optional.empty();
        }
        String normalized = PersonalDataKind.ID_NUMBER.normalize(number);
        if (normalized.length() != 18) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.parse(normalized.substring(6, 14),
                    java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        } catch (java.time.format.DateTimeParseException notADate) {
            return java.util.Optional.empty();
        }
    }

    /** A phone number to be sealed and matched: optional, digits (a leading + and spaces or dashes allowed). */
    public void validatePhone(String phone, String field) {
        if (phone != null && !phone.isBlank() && !PHONE_NUMBER.matcher(PersonalDataKind.PHONE.normalize(phone)).matches()) {
            throw new RuleViolation(field, "validation.phone");
        }
    }

    /** Validates a document number for its type; {@code field} names the form field in the error. */
    public void validateDocument(DocumentType type, String number, String field) {
        if (number == null || number.isBlank()) {
            throw new RuleViolation(field, "problem.field.required");
        }
        String normalized = PersonalDataKind.ID_NUMBER.normalize(number);
        if (type == DocumentType.RESIDENT_ID) {
            ChineseIdNumber.problem(normalized, LocalDate.ofInstant(clock.instant(), CHINA))
                    .ifPresent(problem -> {
                        throw new RuleViolation(field, "validation.idNumber." + problem);
                    });
        } else if (!OTHER_DOCUMENT.matcher(normalized).matches()) {
            throw new RuleViolation(field, "validation.idNumber.document");
        }
    }

    String encrypt(String normalized) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            String keyId = keys.currentId();
            cipher.init(Cipher.ENCRYPT_MODE, keys.key(keyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(normalized.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return "v1:" + keyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String decrypt(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !"v1".equals(parts[0])) {
            throw new IllegalStateException("Unknown personal-data format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.key(parts[1]), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(parts[1].getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data could not be decrypted (wrong key?)", e);
        }
    }
}
