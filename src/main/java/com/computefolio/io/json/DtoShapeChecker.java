package com.computefolio.io.json;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemText;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks a JSON tree against the DTO records it will be bound to and reports every mismatch:
 * unknown fields, missing required fields, wrong JSON types and unknown enum values. Data binding
 * stops at the first error; this walk does not, so a file with ten mistakes gets ten problems, and
 * it hands back a repaired tree so that the value checks after binding see the rest of the file.
 * The DTO records themselves are the description of the shape, so the two cannot drift apart.
 */
final class DtoShapeChecker {

    /** Per DTO record: its fields, looked up once (reflection per value would dominate on large files). */
    private final Map<Class<?>, Field[]> fieldsOf = new ConcurrentHashMap<>();
    private final Map<Class<?>, Set<String>> namesOf = new ConcurrentHashMap<>();
    private final Map<Class<?>, Set<String>> enumNames = new ConcurrentHashMap<>();
    private final Map<Class<?>, Kind> kinds = new ConcurrentHashMap<>();

    private record Field(RecordComponent component, String name, Type type, boolean required) {
        static Field of(RecordComponent component) {
            return new Field(component, component.getName(), component.getGenericType(), isRequired(component));
        }
    }

    /**
     * Checks the tree and returns a repaired copy in which every value found wrong is left out (a
     * field) or replaced by null (an array element, so that positions stay as in the file). The copy
     * binds to the DTOs even where the original does not, so the checks that follow can still look at
     * everything that was right.
     */
    JsonNode check(JsonNode node, Class<?> recordType, LazyPath path, List<Problem> problems) {
        JsonNode repaired = checkValue(node, recordType, null, path, problems);
        return repaired == null ? NullNode.getInstance() : repaired;
    }

    /** The value as it may be bound (the same node when nothing in it is wrong), or null when it is wrong. */
    private JsonNode checkValue(JsonNode node, Type type, RecordComponent component, LazyPath path, List<Problem> problems) {
        if (node.isNull()) {
            if (component == null) {
                problems.add(Problem.at(path.toString(), say(NULL_NOT_ALLOWED), describe(type, null)));
                return null;
            }
            return node; // a null field is as good as an absent one; required fields are checked by the caller
        }
        Class<?> raw = rawClass(type);
        return switch (kinds.computeIfAbsent(raw, DtoShapeChecker::kindOf)) {
            case STRING -> expect(node.isTextual(), node, type, component, path, problems);
            case INTEGER -> expect(node.isIntegralNumber() && node.canConvertToInt(), node, type, component, path, problems);
            case BOOLEAN -> expect(node.isBoolean(), node, type, component, path, problems);
            case ENUM -> checkEnum(node, raw, component, path, problems) ? node : null;
            case LIST -> checkList(node, type, component, path, problems);
            case MAP -> checkMap(node, type, component, path, problems);
            case RECORD -> checkRecord(node, raw, component, path, problems);
        };
    }

    private enum Kind { STRING, INTEGER, BOOLEAN, ENUM, LIST, MAP, RECORD }

    private static Kind kindOf(Class<?> raw) {
        if (raw == String.class) {
            return Kind.STRING;
        } else if (raw == Integer.class || raw == int.class) {
            return Kind.INTEGER;
        } else if (raw == Boolean.class || raw == boolean.class) {
            return Kind.BOOLEAN;
        } else if (raw.isEnum()) {
            return Kind.ENUM;
        } else if (raw == List.class) {
            return Kind.LIST;
        } else if (raw == Map.class) {
            return Kind.MAP;
        } else if (raw.isRecord()) {
            return Kind.RECORD;
        }
        throw new IllegalStateException("DTO field type not supported by the shape check: " + raw);
    }

    private JsonNode checkRecord(JsonNode node, Class<?> type, RecordComponent component, LazyPath path,
                                 List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(Problem.at(path.toString(), say(EXPECTED_KIND_FOUND, say(KIND_OBJECT), found(node)), describe(type, component)));
            return null;
        }
        int before = problems.size();
        Field[] fields = fieldsOf.computeIfAbsent(type, t -> Arrays.stream(t.getRecordComponents()).map(Field::of).toArray(Field[]::new));
        Set<String> known = namesOf.computeIfAbsent(type,
                t -> Arrays.stream(fields).map(Field::name).collect(Collectors.toUnmodifiableSet()));
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(Problem.at(path.field(name).toString(), say(UNKNOWN_FIELD, name),
                        say(EXPECT_ONE_OF_FIELDS, Arrays.stream(fields).map(Field::name).collect(Collectors.joining(", ")))));
            }
        }
        JsonNode[] checked = new JsonNode[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Field field = fields[i];
            JsonNode value = node.get(field.name());
            if (value == null || value.isNull()) {
                if (field.required()) {
                    problems.add(Problem.at(path.field(field.name()).toString(),
                            say(value == null ? REQUIRED_FIELD_MISSING : REQUIRED_FIELD_NULL, field.name()),
                            describe(field.type(), field.component())));
                }
            } else {
                checked[i] = checkValue(value, field.type(), field.component(), path.field(field.name()), problems);
            }
        }
        if (problems.size() == before) {
            return node;
        }
        ObjectNode repaired = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < fields.length; i++) {
            if (checked[i] != null) {
                repaired.set(fields[i].name(), checked[i]);
            }
        }
        return repaired;
    }

    private JsonNode checkList(JsonNode node, Type type, RecordComponent component, LazyPath path, List<Problem> problems) {
        if (!node.isArray()) {
            problems.add(Problem.at(path.toString(), say(EXPECTED_KIND_FOUND, say(KIND_ARRAY), found(node)), describe(type, component)));
            return null;
        }
        Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
        int before = problems.size();
        JsonNode[] checked = new JsonNode[node.size()];
        for (int i = 0; i < checked.length; i++) {
            checked[i] = checkValue(node.get(i), element, null, path.index(i), problems);
        }
        if (problems.size() == before) {
            return node;
        }
        ArrayNode repaired = JsonNodeFactory.instance.arrayNode();
        for (JsonNode one : checked) {
            repaired.add(one == null ? NullNode.getInstance() : one);
        }
        return repaired;
    }

    /**
     * An object whose names are chosen by the file (the language codes of translations, ADR 34): each value is
     * checked as the map's value type; the names themselves are checked by the domain rules that give them meaning.
     */
    private JsonNode checkMap(JsonNode node, Type type, RecordComponent component, LazyPath path, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(Problem.at(path.toString(), say(EXPECTED_KIND_FOUND, say(KIND_OBJECT), found(node)), describe(type, component)));
            return null;
        }
        Type value = ((ParameterizedType) type).getActualTypeArguments()[1];
        int before = problems.size();
        ObjectNode repaired = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode checked = field.getValue().isNull() ? null
                    : checkValue(field.getValue(), value, null, path.field(field.getKey()), problems);
            if (checked != null) {
                repaired.set(field.getKey(), checked);
            }
        }
        return problems.size() == before ? node : repaired;
    }

    private boolean checkEnum(JsonNode node, Class<?> type, RecordComponent component, LazyPath path,
                              List<Problem> problems) {
        if (!node.isTextual()) {
            problems.add(Problem.at(path.toString(), say(EXPECTED_KIND_FOUND, say(KIND_STRING), found(node)), allowedValues(type)));
            return false;
        }
        Set<String> names = enumNames.computeIfAbsent(type, t -> Arrays.stream(t.getEnumConstants())
                .map(c -> ((Enum<?>) c).name()).collect(Collectors.toUnmodifiableSet()));
        if (!names.contains(node.textValue())) {
            problems.add(Problem.at(path.toString(), component == null ? say(UNKNOWN_VALUE, node.textValue())
                    : say(UNKNOWN_VALUE_FOR, node.textValue(), component.getName()), allowedValues(type)));
            return false;
        }
        return true;
    }

    private static JsonNode expect(boolean ok, JsonNode node, Type type, RecordComponent component, LazyPath path,
                                   List<Problem> problems) {
        if (!ok) {
            problems.add(Problem.at(path.toString(), say(EXPECTED_KIND_FOUND, kind(rawClass(type)), found(node)),
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
    private static ProblemText describe(Type type, RecordComponent field) {
        if (field != null) {
            JsonPropertyDescription description = field.getAccessor().getAnnotation(JsonPropertyDescription.class);
            ProblemText said = description == null ? null : FieldDescriptions.said(description.value());
            if (said != null) {
                return said;
            }
        }
        Class<?> raw = rawClass(type);
        return raw.isEnum() ? allowedValues(raw) : kind(raw);
    }

    private static ProblemText allowedValues(Class<?> enumType) {
        return say(EXPECT_ONE_OF, Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", ")));
    }

    private static ProblemText kind(Class<?> raw) {
        if (raw == String.class || raw.isEnum()) {
            return say(KIND_STRING);
        } else if (raw == Integer.class || raw == int.class) {
            return say(KIND_WHOLE_NUMBER);
        } else if (raw == Boolean.class || raw == boolean.class) {
            return say(KIND_BOOLEAN);
        } else if (raw == List.class) {
            return say(KIND_ARRAY);
        }
        return say(KIND_OBJECT);
    }

    /** What the file holds instead: a text to word, or a JSON literal (true, null) that stays as written. */
    private static Object found(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> say(FOUND_STRING, abbreviate(node.textValue()));
            case NUMBER -> say(FOUND_NUMBER, node.asText());
            case BOOLEAN -> node.asText();
            case ARRAY -> say(KIND_ARRAY);
            case OBJECT -> say(KIND_OBJECT);

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
