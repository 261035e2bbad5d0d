package com.computefolio.io.json;

import com.computefolio.domain.Problem;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a JSON tree against the DTO records it will be bound to and reports every mismatch:
 * unknown fields, missing required fields, wrong JSON types and unknown enum values. Data binding
 * stops at the first error; this walk does not, so a file with ten mistakes gets ten problems.
 * The DTO records themselves are the description of the shape, so the two cannot drift apart.
 */
final class DtoShapeChecker {

    private final Map<Class<?>, RecordComponent[]> components = new LinkedHashMap<>();

    void check(JsonNode node, Class<?> recordType, String path, List<Problem> problems) {
        checkValue(node, recordType, null, path, problems);
    }

    private void checkValue(JsonNode node, Type type, RecordComponent component, String path, List<Problem> problems) {
        if (node.isNull()) {
            if (component == null) {
                problems.add(Problem.at(path, "null is not allowed here.", describe(type, null)));
            }
            return; // a null field is as good as an absent one; required fields are checked by the caller
        }
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            expect(node.isTextual(), node, type, component, path, problems);
        } else if (raw == Integer.class || raw == int.class) {
            expect(node.isIntegralNumber() && node.canConvertToInt(), node, type, component, path, problems);
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(node.isBoolean(), node, type, component, path, problems);
        } else if (raw.isEnum()) {
            checkEnum(node, raw, component, path, problems);
        } else if (raw == List.class) {
            checkList(node, type, component, path, problems);
        } else if (raw.isRecord()) {
            checkRecord(node, raw, component, path, problems);
        } else {
            throw new IllegalStateException("DTO field type not supported by the shape check: " + type);
        }
    }

    private void checkRecord(JsonNode node, Class<?> type, RecordComponent component, String path, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(Problem.at(path, "Expected an object but found " + found(node) + ".", describe(type, component)));
            return;
        }
        RecordComponent[] fields = components.computeIfAbsent(type, Class::getRecordComponents);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (Arrays.stream(fields).noneMatch(f -> f.getName().equals(name))) {
                problems.add(Problem.at(JsonPath.field(path, name), "Unknown field \"" + name + "\".",
                        "one of the fields " + Arrays.stream(fields).map(RecordComponent::getName).collect(Collectors.joining(", "))));
            }
        }
        for (RecordComponent field : fields) {
            JsonNode value = node.get(field.getName());
            String fieldPath = JsonPath.field(path, field.getName());
            if (value == null || value.isNull()) {
                if (isRequired(field)) {
                    problems.add(Problem.at(fieldPath, "The required field \"" + field.getName() + "\" is "
                            + (value == null ? "missing" : "null") + ".", describe(field.getGenericType(), field)));
                }
            } else {
                checkValue(value, field.getGenericType(), field, fieldPath, problems);
            }
        }
    }

    private void checkList(JsonNode node, Type type, RecordComponent component, String path, List<Problem> problems) {
        if (!node.isArray()) {
            problems.add(Problem.at(path, "Expected an array but found " + found(node) + ".", describe(type, component)));
            return;
        }
        Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
        for (int i = 0; i < node.size(); i++) {
            checkValue(node.get(i), element, null, JsonPath.index(path, i), problems);
        }
    }

    private static void checkEnum(JsonNode node, Class<?> type, RecordComponent component, String path, List<Problem> problems) {
        String allowed = allowedValues(type);
        if (!node.isTextual()) {
            problems.add(Problem.at(path, "Expected a string but found " + found(node) + ".", allowed));
        } else if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(node.textValue()))) {
            problems.add(Problem.at(path, "Unknown value \"" + node.textValue() + "\""
                    + (component == null ? "" : " for " + component.getName()) + ".", allowed));
        }
    }

    private static void expect(boolean ok, JsonNode node, Type type, RecordComponent component, String path,
                               List<Problem> problems) {
        if (!ok) {
            problems.add(Problem.at(path, "Expected " + kind(rawClass(type)) + " but found " + found(node) + ".",
                    describe(type, component)));
        }
    }

    private static boolean isRequired(RecordComponent field) {
        JsonProperty property = field.getAccessor().getAnnotation(JsonProperty.class);
        return property != null && property.required();
    }

    /** What would be accepted: the DTO field's description if it has one, else the JSON type. */
    private static String describe(Type type, RecordComponent field) {
        if (field != null) {
            JsonPropertyDescription description = field.getAccessor().getAnnotation(JsonPropertyDescription.class);
            if (description != null) {
                return description.value();
            }
        }
        Class<?> raw = rawClass(type);
        return raw.isEnum() ? allowedValues(raw) : kind(raw);
    }

    private static String allowedValues(Class<?> enumType) {
        return "one of " + Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    private static String kind(Class<?> raw) {
        if (raw == String.class || raw.isEnum()) {
            return "a string";
        } else if (raw == Integer.class || raw == int.class) {
            return "a whole number";
        } else if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        } else if (raw == List.class) {
            return "an array";
        }
        return "an object";
    }

    private static String found(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "the string \"" + abbreviate(node.textValue()) + "\"";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("DTO field type not supported by the shape check: " + type);
    }
}
