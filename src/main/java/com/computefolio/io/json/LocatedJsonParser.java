package com.computefolio.io.json;

import com.computefolio.domain.Problem;
import com.computefolio.io.InputLimits;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses JSON text into a tree while recording where every value starts, by JSON path. Data binding
 * from a tree loses token locations; recording them here lets every later problem name its line.
 * Syntax errors stop the parse (what follows cannot be trusted); duplicate keys do not.
 */
final class LocatedJsonParser {

    private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\[Source: [^;\\]]*; ");
    private static final String EXPECTED_DOCUMENT = "one complete JSON object";

    private final JsonFactory factory;
    private final int maxNesting;
    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);

    LocatedJsonParser() {
        this(InputLimits.MAX_JSON_NESTING);
    }

    LocatedJsonParser(int maxNesting) {
        this.maxNesting = maxNesting;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxNesting).build())
                .build();
    }

    /** The tree, where its values are, and the problems found; the tree is null after a syntax error. */
    record Result(JsonNode root, JsonLocations locations, List<Problem> problems) {
    }

    Result parse(String text) {
        JsonLocations locations = new JsonLocations();
        List<Problem> problems = new ArrayList<>();
        try (JsonParser parser = factory.createParser(text)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    problems.add(new Problem(null, 1, 1, null, "The file holds no JSON.", EXPECTED_DOCUMENT));
                    return new Result(null, locations, problems);
                }
                JsonNode root = readValue(parser, first, JsonPath.ROOT, locations, problems);
                checkNothingFollows(parser, problems);
                return new Result(root, locations, problems);
            } catch (StreamConstraintsException e) {
                problems.add(located(parser.currentLocation(), null,
                        "The JSON is nested more than " + maxNesting + " levels deep.",
                        "at most " + maxNesting + " levels of nesting (a portfolio needs 7)"));
            } catch (JsonProcessingException e) {
                if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                    problems.add(located(e.getLocation(), null,
                            "The JSON ends too early; the file looks truncated (" + cleaned(e.getOriginalMessage()) + ").",
                            EXPECTED_DOCUMENT));
                    return new Result(null, locations, problems);
                }
                problems.add(located(e.getLocation(), null, "Malformed JSON: " + cleaned(e.getOriginalMessage()) + ".",
                        "valid JSON (" + EXPECTED_DOCUMENT + ")"));
            }
        } catch (IOException e) {
            problems.add(Problem.at(null, "The JSON cannot be read: " + e.getMessage() + "."));
        }
        return new Result(null, locations, problems);
    }

    private JsonNode readValue(JsonParser p, JsonToken token, String path, JsonLocations locations,
                               List<Problem> problems) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        locations.record(path, at.getLineNr(), at.getColumnNr());
        return switch (token) {
            case START_OBJECT -> readObject(p, path, locations, problems);
            case START_ARRAY -> readArray(p, path, locations, problems);
            case VALUE_STRING -> nodes.textNode(p.getText());
            case VALUE_NUMBER_INT -> nodes.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new IllegalStateException("unexpected token " + token + " at " + path);
        };
    }

    private ObjectNode readObject(JsonParser p, String path, JsonLocations locations, List<Problem> problems)
            throws IOException {
        ObjectNode object = nodes.objectNode();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            String fieldPath = JsonPath.field(path, name);
            JsonLocation nameAt = p.currentTokenLocation();
            JsonNode value = readValue(p, p.nextToken(), fieldPath, locations, problems);
            if (object.has(name)) {
                problems.add(located(nameAt, fieldPath, "The field \"" + name + "\" appears twice in the same object.",
                        "each field once"));
            } else {
                object.set(name, value);
            }
        }
        return object;
    }

    private ArrayNode readArray(JsonParser p, String path, JsonLocations locations, List<Problem> problems)
            throws IOException {
        ArrayNode array = nodes.arrayNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            array.add(readValue(p, t, JsonPath.index(path, array.size()), locations, problems));
        }
        return array;
    }

    private static void checkNothingFollows(JsonParser p, List<Problem> problems) throws IOException {
        JsonLocation end = p.currentLocation();
        try {
            if (p.nextToken() != null) {
                problems.add(located(p.currentTokenLocation(), null,
                        "Unexpected content after the end of the JSON document.", EXPECTED_DOCUMENT + " and nothing after it"));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : end;
            problems.add(located(at, null, "Unexpected content after the end of the JSON document.",
                    EXPECTED_DOCUMENT + " and nothing after it"));
        }
    }

    private static Problem located(JsonLocation at, String path, String message, String expected) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new Problem(null, line, column, path, message, expected);
    }

    /** Jackson's messages name the input as "[Source: REDACTED ...]"; the file name is reported separately. */
    private static String cleaned(String message) {
        return SOURCE_REFERENCE.matcher(message == null ? "" : message).replaceAll("[");
    }
}
