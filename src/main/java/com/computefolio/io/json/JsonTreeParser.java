package com.computefolio.io.json;

import com.computefolio.domain.Problem;
import com.computefolio.io.InputLimits;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses JSON text into a tree, reporting syntax errors with their line and column. Unlike
 * Jackson's own tree reading, a key that appears twice in an object is reported and parsing goes
 * on, so that the rest of the file is still checked. Where other values are in the file is found
 * later, and only for values that have problems, by {@link JsonLocator}.
 */
final class JsonTreeParser {

    static final String EXPECTED_DOCUMENT = "one complete JSON object";
    private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\[Source: [^;\\]]*; ");

    private final JsonFactory factory;
    private final int maxNesting;
    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);

    JsonTreeParser() {
        this(InputLimits.MAX_JSON_NESTING);
    }

    JsonTreeParser(int maxNesting) {
        this.maxNesting = maxNesting;
        this.factory = PortfolioJsonMapper.factory(maxNesting);
    }

    /** The tree (null after a syntax error) and the problems found, each with line and column. */
    record Result(JsonNode root, List<Problem> problems) {
    }

    Result parse(String text) {
        List<Problem> problems = new ArrayList<>();
        try (JsonParser parser = factory.createParser(text)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    problems.add(new Problem(null, 1, 1, null, "The file holds no JSON.", EXPECTED_DOCUMENT));
                    return new Result(null, problems);
                }
                JsonNode root = readValue(parser, first, problems);
                checkNothingFollows(parser, problems);
                return new Result(root, problems);
            } catch (StreamConstraintsException e) {
                problems.add(located(parser.currentLocation(), null, "The JSON is nested more than " + maxNesting + " levels deep.",
                        "at most " + maxNesting + " levels of nesting (a portfolio needs 7)"));
            } catch (JsonProcessingException e) {
                if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                    problems.add(located(e.getLocation(), null,
                            "The JSON ends too early; the file looks truncated (" + cleaned(e.getOriginalMessage()) + ").",
                            EXPECTED_DOCUMENT));
                } else {
                    problems.add(located(e.getLocation(), null, "Malformed JSON: " + cleaned(e.getOriginalMessage()) + ".",
                            "valid JSON (" + EXPECTED_DOCUMENT + ")"));
                }
            }
        } catch (IOException e) {
            problems.add(Problem.at(null, "The JSON cannot be read: " + e.getMessage() + "."));
        }
        return new Result(null, problems);
    }

    private JsonNode readValue(JsonParser p, JsonToken token, List<Problem> problems) throws IOException {
        return switch (token) {
            case START_OBJECT -> readObject(p, problems);
            case START_ARRAY -> readArray(p, problems);
            case VALUE_STRING -> nodes.textNode(p.getText());
            case VALUE_NUMBER_INT -> nodes.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new IllegalStateException("unexpected token " + token);
        };
    }

    private ObjectNode readObject(JsonParser p, List<Problem> problems) throws IOException {
        ObjectNode object = nodes.objectNode();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonLocation nameAt = p.currentTokenLocation();
            String duplicatePath = object.has(name) ? pathOf(p.getParsingContext()) : null;
            JsonNode value = readValue(p, p.nextToken(), problems);
            if (duplicatePath != null) {
                problems.add(located(nameAt, duplicatePath, "The field \"" + name + "\" appears twice in the same object.",
                        "each field once"));
            } else {
                object.set(name, value);
            }
        }
        return object;
    }

    private ArrayNode readArray(JsonParser p, List<Problem> problems) throws IOException {
        ArrayNode array = nodes.arrayNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            array.add(readValue(p, t, problems));
        }
        return array;
    }

    /** The JSON path of the parser's current position, built from its context chain (only for problems). */
    private static String pathOf(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = JsonPath.ROOT;
        for (JsonStreamContext c : chain) {
            path = c.inObject() ? JsonPath.field(path, c.getCurrentName()) : JsonPath.index(path, c.getCurrentIndex());
        }
        return path;
    }

    private static void checkNothingFollows(JsonParser p, List<Problem> problems) throws IOException {
        JsonLocation end = p.currentLocation();
        try {
            if (p.nextToken() != null) {
                problems.add(located(p.currentTokenLocation(), null, "Unexpected content after the end of the JSON document.",
                        EXPECTED_DOCUMENT + " and nothing after it"));
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
