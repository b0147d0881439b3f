package com.safeward.texts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.safeward.kernel.Text;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores a {@link Text} in one column and reads it back: {@code {"key": "…", "args": [...]}}, where an
 * argument is a JSON string or number, a nested text, {@code {"instant": "…"}} or {@code {"person": "…"}}.
 */
@Component
public class TextJson {

    private final JsonMapper json;

    TextJson(JsonMapper json) {
        this.json = json;
    }

    public String write(Text text) {
        return text == null ? null : json.writeValueAsString(node(text));
    }

    public Text read(String stored) {
        return stored == null ? null : text(json.readTree(stored));
    }

    private ObjectNode node(Text text) {
        ObjectNode node = json.createObjectNode();
        node.put("key", text.key());
        if (!text.args().isEmpty()) {
            ArrayNode args = node.putArray("args");
            for (Object arg : text.args()) {
                if (arg instanceof Text nested) {
                    args.add(node(nested));
                } else if (arg instanceof Instant instant) {
                    args.addObject().put("instant", instant.toString());
                } else if (arg instanceof Text.Person person) {
                    args.addObject().put("person", person.username());
                } else if (arg instanceof Long || arg instanceof Integer) {
                    args.add(((Number) arg).longValue());
                } else if (arg instanceof Number number) {
                    args.add(number.doubleValue());
                } else if (arg instanceof Boolean flag) {
                    args.add(flag);
                } else {
                    args.add(arg.toString());
                }
            }
        }
        return node;
    }

    private Text text(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : node.path("args")) {
            if (arg.isObject() && arg.has("key")) {
                args.add(text(arg));
            } else if (arg.isObject() && arg.has("instant")) {
                args.add(Instant.parse(arg.get("instant").asString()));
            } else if (arg.isObject() && arg.has("person")) {
                args.add(Text.person(arg.get("person").asString()));
            } else if (arg.isIntegralNumber()) {
                args.add(arg.longValue());
            } else if (arg.isNumber()) {
                args.add(arg.doubleValue());
            } else if (arg.isBoolean()) {
                args.add(arg.booleanValue());
            } else {
                args.add(arg.asString());
            }
        }
        return new Text(node.get("key").asString(), args);
    }
}
