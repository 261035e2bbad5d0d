package com.computefolio.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a JSON document against the subset of JSON Schema 2020-12 that data/portfolio.schema.json
 * uses: type, const, enum, pattern, minLength, maxLength, minimum, maximum, required, properties,
 * additionalProperties: false, items, minItems, $ref into $defs, oneOf, not, if/then/else. Enough to
 * keep the schema honest in a unit test without a validator library; "format" is not checked.
 */
final class SchemaSubsetValidator {

    private final JsonNode root;

    SchemaSubsetValidator(JsonNode schema) {
        this.root = schema;
    }

    /** What does not conform, as "path: reason" lines; empty when the document conforms. */
    List<String> validate(JsonNode document) {
        List<String> errors = new ArrayList<>();
        check(document, root, "$", errors);
        return errors;
    }

    private void check(JsonNode value, JsonNode schema, String path, List<String> errors) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(value, root.at(ref.substring(1)), path, errors);
        }
        if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
            errors.add(path + ": not of type " + schema.get("type"));
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            errors.add(path + ": not " + schema.get("const"));
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            errors.add(path + ": " + value + " not in " + schema.get("enum"));
        }
        if (value.isTextual()) {
            checkText(value.textValue(), schema, path, errors);
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
                errors.add(path + ": below " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
                errors.add(path + ": above " + schema.get("maximum"));
            }
        }
        if (value.isObject()) {
            checkObject(value, schema, path, errors);
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                errors.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), schema.get("items"), path + "[" + i + "]", errors);
                }
            }
        }
        if (schema.has("oneOf")) {
            int passing = 0;
            for (JsonNode option : schema.get("oneOf")) {
                passing += conforms(value, option) ? 1 : 0;
            }
            if (passing != 1) {
                errors.add(path + ": matches " + passing + " of the oneOf options, not exactly one");
            }
        }
        if (schema.has("not") && conforms(value, schema.get("not"))) {
            errors.add(path + ": matches a schema it must not");
        }
        if (schema.has("if")) {
            JsonNode branch = conforms(value, schema.get("if")) ? schema.get("then") : schema.get("else");
            if (branch != null) {
                check(value, branch, path, errors);
            }
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String path, List<String> errors) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                errors.add(path + ": missing required " + required.asText());
            }
        }
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), path + "." + field.getKey(), errors);
            } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                errors.add(path + ": unexpected property " + field.getKey());
            }
        }
    }

    private static void checkText(String text, JsonNode schema, String path, List<String> errors) {
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            errors.add(path + ": \"" + text + "\" does not match " + schema.get("pattern").asText());
        }
        int length = text.codePointCount(0, text.length());
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            errors.add(path + ": longer than " + schema.get("maxLength"));
        }
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            errors.add(path + ": shorter than " + schema.get("minLength"));
        }
    }

    private boolean conforms(JsonNode value, JsonNode schema) {
        List<String> errors = new ArrayList<>();
        check(value, schema, "", errors);
        return errors.isEmpty();
    }

    private static boolean typeMatches(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(value, one)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown schema type " + type);
        };
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (element.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
