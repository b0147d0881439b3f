package com.safeward.kernel;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text a person reads, kept as a message key and its arguments until it is shown, so each
 * reader gets it in their language: a notification title, a trail entry, an audit summary. An
 * argument is plain (a name, a number, a masked identity, a note someone typed), another
 * {@link Text} (an enum's label: {@link #of(Enum)}), an {@link Instant} (shown in the display zone)
 * or a {@link Person} (shown by display name, never by login name).
 */
public record Text(String key, List<Object> args) {

    public Text {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Number || arg instanceof Text || arg instanceof Instant
                    || arg instanceof Person || arg instanceof Boolean)) {
                throw new IllegalArgumentException("not a text argument: " + arg.getClass().getName());
            }
        }
    }

    /** The message {@code key} with its arguments (a null argument is shown as empty). */
    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.stream(args).map(arg -> arg == null ? "" : arg).toList());
    }

    /** An enum constant's label: the message {@code SimpleTypeName.CONSTANT} ({@code IncidentType.VIOLENCE}). */
    public static Text of(Enum<?> value) {
        return new Text(value.getDeclaringClass().getSimpleName() + "." + value.name(), List.of());
    }

    /** A person, shown by display name. */
    public static Person person(String username) {
        return new Person(username);
    }

    /** An account, by its login name; shown as its display name. */
    public record Person(String username) {
        public Person {
            Objects.requireNonNull(username, "username");
        }
    }
}
