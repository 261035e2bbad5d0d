package com.computefolio.io.json;

import com.computefolio.domain.Problem;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * stops at the first error; this walk does not, so a file with ten mistakes gets ten problems, and
 * it hands back a repaired tree so that the value checks after binding see the rest of the file.
 * The DTO records themselves are the description of the shape, so the two cannot drift apart.
 */
final class DtoShapeChecker {

    private final Map<Class<?>, RecordComponent[]> components = new LinkedHashMap<>();

    /**
     * Checks the tree and returns a repaired copy in which every value found wrong is left out (a
     * field) or replaced by null (an array element, so that positions stay as in the file). The copy
     * binds to the DTOs even where the original does not, so the checks that follow can still look at
     * everything that was right.
     */
    JsonNode check(JsonNode node, Class<?> recordType, String path, List<Problem> problems) {
        JsonNode repaired = checkValue(node, recordType, null, path, problems);
        return repaired == null ? NullNode.getInstance() : repaired;
    }

    /** The value as it may be bound, or null when it is wrong. */
    private JsonNode checkValue(JsonNode node, Type type, RecordComponent component, String path, List<Problem> problems) {
        if (node.isNull()) {
            if (component == null) {
                problems.add(Problem.at(path, "null is not allowed here.", describe(type, null)));
                return null;
            }
            return node; // a null field is as good as an absent one; required fields are checked by the caller
        }
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            return expect(node.isTextual(), node, type, component, path, problems);
        } else if (raw == Integer.class || raw == int.class) {
            return expect(node.isIntegralNumber() && node.canConvertToInt(), node, type, component, path, problems);
        } else if (raw == Boolean.class || raw == boolean.class) {
            return expect(node.isBoolean(), node, type, component, path, problems);
        } else if (raw.isEnum()) {
            return checkEnum(node, raw, component, path, problems) ? node : null;
        } else if (raw == List.class) {
            return checkList(node, type, component, path, problems);
        } else if (raw.isRecord()) {
            return checkRecord(node, raw, component, path, problems);
        }
        throw new IllegalStateException("DTO field type not supported by the shape check: " + type);
    }

    private ObjectNode checkRecord(JsonNode node, Class<?> type, RecordComponent component, String path,
                                   List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(Problem.at(path, "Expected an object but found " + found(node) + ".", describe(type, component)));
            return null;
        }
        RecordComponent[] fields = components.computeIfAbsent(type, Class::getRecordComponents);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (Arrays.stream(fields).noneMatch(f -> f.getName().equals(name))) {
                problems.add(Problem.at(JsonPath.field(path, name), "Unknown field \"" + name + "\".",
                        "one of the fields " + Arrays.stream(fields).map(RecordComponent::getName).collect(Collectors.joining(", "))));
            }
        }
        ObjectNode repaired = JsonNodeFactory.instance.objectNode();
        for (RecordComponent field : fields) {
            JsonNode value = node.get(field.getName());
            String fieldPath = JsonPath.field(path, field.getName());
            if (value == null || value.isNull()) {
                if (isRequired(field)) {
                    problems.add(Problem.at(fieldPath, "The required field \"" + field.getName() + "\" is "
                            + (value == null ? "missing" : "null") + ".", describe(field.getGenericType(), field)));
                }
            } else {
                JsonNode checked = checkValue(value, field.getGenericType(), field, fieldPath, problems);
                if (checked != null) {
                    repaired.set(field.getName(), checked);
                }
            }
        }
        return repaired;
    }

    private ArrayNode checkList(JsonNode node, Type type, RecordComponent component, String path, List<Problem> problems) {
        if (!node.isArray()) {
            problems.add(Problem.at(path, "Expected an array but found " + found(node) + ".", describe(type, component)));
            return null;
        }
        Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
        ArrayNode repaired = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < node.size(); i++) {
            JsonNode checked = checkValue(node.get(i), element, null, JsonPath.index(path, i), problems);
            repaired.add(checked == null ? NullNode.getInstance() : checked);
        }
        return repaired;
    }

    private static boolean checkEnum(JsonNode node, Class<?> type, RecordComponent component, String path,
                                     List<Problem> problems) {
        String allowed = allowedValues(type);
        if (!node.isTextual()) {
            problems.add(Problem.at(path, "Expected a string but found " + found(node) + ".", allowed));
            return false;
        }
        if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(node.textValue()))) {
            problems.add(Problem.at(path, "Unknown value \"" + node.textValue() + "\""
                    + (component == null ? "" : " for " + component.getName()) + ".", allowed));
            return false;
        }
        return true;
    }

    private static JsonNode expect(boolean ok, JsonNode node, Type type, RecordComponent component, String path,
                                   List<Problem> problems) {
        if (!ok) {
            problems.add(Problem.at(path, "Expected " + kind(rawClass(type)) + " but found " + found(node) + ".",
                    describe(type, component)));
            return null;
        }
        return node;
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
