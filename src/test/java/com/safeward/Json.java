package com.safeward;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies for tests, built as data and written by Jackson, never by string concatenation:
 * {@code Json.object("name", "张三", "hospitalId", 1, "person", Json.map("documentType", "RESIDENT_ID"))}.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** A JSON object of the given keys and values (strings, numbers, booleans, nulls, lists, maps). */
    public static String object(Object... keysAndValues) {
        return write(map(keysAndValues));
    }

    /** The same as a map, to nest in another object or to change before writing. */
    public static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A JSON array. */
    public static List<Object> array(Object... values) {
        return java.util.Arrays.asList(values);
    }

    /** Any value (a map, a list) as JSON. */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
