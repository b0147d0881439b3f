package com.safeward.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.safeward.kernel.RuleViolation;

/** WL-7: ID validation, masking, encryption with rotation, matching hashes. */
class PersonalDataTests {

    private static final String K1 = Base64.getEncoder().encodeToString("k1-k1-k1-k1-k1-k1-k1-k1-k1-k1-k1".getBytes());
    private static final String K2 = Base64.getEncoder().encodeToString("k2-k2-k2-k2-k2-k2-k2-k2-k2-k2-k2".getBytes());
    private static final String H = Base64.getEncoder().encodeToString("hash-hash-hash-hash-hash-hash-hh".getBytes());
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);

    static String validId(String first17) {
        return first17 + ChineseIdNumber.checkCharacter(first17);
    }

    @Test
    void residentIdNumbersAreCheckedForLengthBirthDateAndCheckDigit() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        String valid = validId("11010519491231002");
        assertThat(valid).isEqualTo("11010519491231002X");
        assertThat(ChineseIdNumber.problem(valid, today)).isEmpty();
        assertThat(ChineseIdNumber.problem(valid.toLowerCase(), today)).isEmpty();
        assertThat(ChineseIdNumber.problem("110105194912310021", today)).contains("checksum");
        assertThat(ChineseIdNumber.problem(validId("11010519491331002"), today)).contains("birthDate");
        assertThat(ChineseIdNumber.problem(validId("11010520300101002"), today)).contains("birthDate");
        assertThat(ChineseIdNumber.problem("1101051949123100", today)).contains("length");
        assertThat(ChineseIdNumber.problem("11010519491231A02X", today)).contains("characters");
    }

    @Test
    void valuesAreMaskedForLists() {
        assertThat(PersonalDataKind.ID_NUMBER.mask("410105199003071234")).isEqualTo("410***********1234");
        assertThat(PersonalDataKind.PHONE.mask("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalDataKind.NAME.mask("张三")).isEqualTo("张*");
        assertThat(PersonalDataKind.NAME.mask("欧阳娜娜")).isEqualTo("欧**娜");
    }

    @Test
    void sealedValuesDecryptHashConsistentlyAndNeverRepeatTheirCiphertext(@TempDir Path dir) {
        PersonalData data = new PersonalData(keyring(dir, List.of(new PersonalDataProperties.Key("k1", K1)), "k1"), null, clock);
        Sealed a = data.seal(PersonalDataKind.ID_NUMBER, " 11010519491231002x ");
        Sealed b = data.seal(PersonalDataKind.ID_NUMBER, "11010519491231002X");
        assertThat(a.cipher()).startsWith("v1:k1:").isNotEqualTo(b.cipher()).doesNotContain("110105");
        assertThat(a.hash()).isEqualTo(b.hash()).isEqualTo(data.hash(PersonalDataKind.ID_NUMBER, "11010519491231002X"));
        assertThat(a.hash()).isNotEqualTo(data.hash(PersonalDataKind.PHONE, "11010519491231002X"));
        assertThat(data.decrypt(a.cipher())).isEqualTo("11010519491231002X");
        assertThat(a.toString()).isEqualTo("110***********002X");
    }

    @Test
    void rotatingKeysKeepsOldValuesReadable(@TempDir Path dir) {
        Sealed old = new PersonalData(keyring(dir, List.of(new PersonalDataProperties.Key("k1", K1)), "k1"), null, clock)
                .seal(PersonalDataKind.PHONE, "13812345678");
        PersonalData rotated = new PersonalData(keyring(dir, List.of(new PersonalDataProperties.Key("k1", K1),
                new PersonalDataProperties.Key("k2", K2)), "k2"), null, clock);
        assertThat(rotated.decrypt(old.cipher())).isEqualTo("13812345678");
        assertThat(rotated.seal(PersonalDataKind.PHONE, "13812345678").cipher()).startsWith("v1:k2:");
        PersonalData withoutK1 = new PersonalData(keyring(dir, List.of(new PersonalDataProperties.Key("k2", K2)), "k2"),
                null, clock);
        assertThatThrownBy(() -> withoutK1.decrypt(old.cipher())).hasMessageContaining("'k1'");
    }

    /** Issue 17, point 5: the generated key file is readable by its owner only, from the moment it exists. */
    @Test
    void theEmbeddedDefaultsGenerateAKeyFileOnceReadableByItsOwnerOnlyAndReuseIt(@TempDir Path dir) throws Exception {
        PersonalDataProperties none = new PersonalDataProperties(null, null, null, null);
        Sealed sealed = new PersonalData(new Keyring(none, dir), null, clock).seal(PersonalDataKind.NAME, "张三");
        Path file = dir.resolve("personal-data.keys");
        assertThat(Files.readString(file)).contains("encryption=", "hash=");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        // a copy others can read is restricted at the next start, and still opens what it sealed
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(new PersonalData(new Keyring(none, dir), null, clock).decrypt(sealed.cipher())).isEqualTo("张三");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    /** Issue 17, point 5: production (generate-keys=false) never starts on a generated key file. */
    @Test
    void withoutConfiguredKeysProductionRefusesToStart(@TempDir Path dir) {
        PersonalDataProperties production = new PersonalDataProperties(null, null, null, false);
        assertThatThrownBy(() -> new Keyring(production, dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("safeward.personal-data.keys");
        assertThat(dir.resolve("personal-data.keys")).doesNotExist();
    }

    @Test
    void documentValidationNamesTheField(@TempDir Path dir) {
        PersonalData data = new PersonalData(keyring(dir, List.of(new PersonalDataProperties.Key("k1", K1)), "k1"), null, clock);
        assertThatThrownBy(() -> data.validateDocument(DocumentType.RESIDENT_ID, "110105194912310021", "idNumber"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("idNumber");
                    assertThat(e.messageKey()).isEqualTo("validation.idNumber.checksum");
                });
        data.validateDocument(DocumentType.PASSPORT, "E12345678", "idNumber");
        assertThatThrownBy(() -> data.validateDocument(DocumentType.PASSPORT, "E1", "idNumber"))
                .isInstanceOf(RuleViolation.class);
    }

    private Keyring keyring(Path dir, List<PersonalDataProperties.Key> keys, String current) {
        return new Keyring(new PersonalDataProperties(keys, current, H, null), dir);
    }
}
