package com.safeward.kernel;

/**
 * A record of any module, as shared mechanisms keep track of it (its trail, its evidence files):
 * its kind ({@code ALARM}, {@code INCIDENT}, {@code LISTING} …, a name the owning module chooses
 * once) and its id.
 */
public record RecordRef(String type, long id) {

    public RecordRef {
        if (type == null || !type.matches("[A-Z][A-Z_]{1,31}")) {
            throw new IllegalArgumentException("a record type is an upper-case name: " + type);
        }
    }

    public static RecordRef of(String type, long id) {
        return new RecordRef(type, id);
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
