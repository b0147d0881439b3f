package com.safeward.trail;

/**
 * The record a trail belongs to: its kind ({@code ALARM}, {@code INCIDENT}, {@code LISTING},
 * {@code SCREENING}, {@code INTERVENTION} …, a name the owning module chooses once) and its id.
 */
public record TrailSubject(String type, long id) {

    public TrailSubject {
        if (type == null || !type.matches("[A-Z][A-Z_]{1,31}")) {
            throw new IllegalArgumentException("a trail subject type is an upper-case name: " + type);
        }
    }

    public static TrailSubject of(String type, long id) {
        return new TrailSubject(type, id);
    }
}
