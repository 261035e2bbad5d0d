package com.computefolio.io.json;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ProblemText.Count;
import com.computefolio.io.FileFailures;
import com.computefolio.io.JacksonDetails;
import com.computefolio.io.InputLimits;
import com.computefolio.io.Utf8Columns;
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
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a JSON document from UTF-8 bytes without holding all of it as a tree: the elements of the
 * chosen top-level arrays ({@code deals}, ...) are read one at a time, each as a small tree handed
 * to a consumer and then dropped; the other top-level fields are kept. A 200 MB portfolio so never
 * exists as one tree in memory. Unlike Jackson's own tree reading, a key that appears twice in an
 * object is reported and reading goes on. Syntax errors stop the reading, with line and column.
 */
final class JsonDocumentReader {

    static final ProblemText EXPECTED_DOCUMENT = say(EXPECT_JSON_OBJECT);
    private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\[Source: [^;\\]]*; ");

    private final JsonFactory factory;
    private final int maxNesting;
    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
    /** Values the current top-level element may still hold (a reader reads one document at a time). */
    private int budget;

    JsonDocumentReader(JsonFactory factory, int maxNesting) {
        this.factory = factory;
        this.maxNesting = maxNesting;
    }

    /** Receives the elements of the streamed arrays, one by one, in file order. */
    @FunctionalInterface
    interface ElementConsumer {
        void element(String arrayField, int index, JsonNode element);

        /**
         * Called before the first element of a streamed array, with the top-level fields read so far
         * (the arrays streamed before it stand there as empty arrays), so that a consumer may start
         * on what those fields already decide.
         */
        default void arrayStarts(String arrayField, ObjectNode fieldsSoFar) {
        }

        /** True when the consumer has found so many problems that reading should stop. */
        default boolean full() {
            return false;
        }
    }

    /**
     * @param rootType   the JSON type of the document, or null after a syntax error
     * @param rootFields the top-level fields when the document is an object; a streamed array
     *                   stands there as an empty array
     * @param problems   syntax errors and repeated keys, each with line and column
     * @param stopped    true when reading stopped at a limit (its problem is the last); the
     *                   consumer may have been handed part of the elements
     */
    record Result(JsonNodeType rootType, ObjectNode rootFields, List<Problem> problems, boolean stopped) {
        Result(JsonNodeType rootType, ObjectNode rootFields, List<Problem> problems) {
            this(rootType, rootFields, problems, false);
        }
    }

    /**
     * @param streamedArrays the top-level arrays whose elements go to the consumer, each with the
     *                       most elements it may hold
     */
    Result read(byte[] bytes, int start, Map<String, Integer> streamedArrays, ElementConsumer consumer) {
        List<Problem> problems = new ArrayList<>();
        budget = InputLimits.MAX_JSON_VALUES_PER_ELEMENT;
        try (JsonParser parser = factory.createParser(bytes, start, bytes.length - start)) {
            Locations at = new Locations(bytes, start);
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    problems.add(new Problem(null, 1, 1, null, say(NO_JSON), EXPECTED_DOCUMENT));
                    return new Result(null, null, problems);
                }
                if (first != JsonToken.START_OBJECT) {
                    JsonNodeType type = first == JsonToken.START_ARRAY ? JsonNodeType.ARRAY : readValue(parser, first, at, problems).getNodeType();
                    return new Result(type, null, problems);
                }
                ObjectNode root = readRoot(parser, streamedArrays, consumer, at, problems);
                checkNothingFollows(parser, at, problems);
                return new Result(JsonNodeType.OBJECT, root, problems);
            } catch (LimitReached e) {
                problems.add(at.problem(e.location, e.path, e.text, e.expected));
                return new Result(null, null, problems, true);
            } catch (StreamConstraintsException e) {
                problems.add(constraintProblem(e, parser, at));
            } catch (JsonProcessingException e) {
                if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                    problems.add(at.problem(e.getLocation(), null,
                            say(JSON_TRUNCATED, JacksonDetails.of(e)), EXPECTED_DOCUMENT));
                } else {
                    problems.add(at.problem(e.getLocation(), null, say(JSON_MALFORMED, JacksonDetails.of(e)),
                            say(EXPECT_VALID_JSON, EXPECTED_DOCUMENT)));
                }
            }
        } catch (IOException e) {
            problems.add(Problem.at(null, say(JSON_UNREADABLE, FileFailures.reasonOrDetails(e))));
        }
        return new Result(null, null, problems);
    }

    private ObjectNode readRoot(JsonParser p, Map<String, Integer> streamedArrays, ElementConsumer consumer, Locations at,
                                List<Problem> problems) throws IOException {
        ObjectNode root = nodes.objectNode();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonLocation nameAt = p.currentTokenLocation();
            JsonToken valueToken = p.nextToken();
            budget = InputLimits.MAX_JSON_VALUES_PER_ELEMENT;
            if (root.has(name)) {
                problems.add(at.problem(nameAt, JsonPath.field(JsonPath.ROOT, name), say(FIELD_TWICE, name), say(EXPECT_FIELD_ONCE)));
                p.skipChildren();
            } else if (valueToken == JsonToken.START_ARRAY && streamedArrays.containsKey(name)) {
                consumer.arrayStarts(name, root);
                root.set(name, nodes.arrayNode());
                int max = streamedArrays.get(name);
                int index = 0;
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    if (index == max) {
                        throw new LimitReached(p.currentTokenLocation(), JsonPath.index(JsonPath.field(JsonPath.ROOT, name), index),
                                say(FILE_HOLDS_TOO_MANY, new Count(max), name), say(EXPECT_AT_MOST_IN_FILE, new Count(max), name));
                    }
                    budget = InputLimits.MAX_JSON_VALUES_PER_ELEMENT;
                    consumer.element(name, index++, readValue(p, e, at, problems));
                    if (consumer.full() || problems.size() >= InputLimits.MAX_PROBLEMS_PER_FILE) {
                        Problem stop = InputLimits.tooManyProblems();
                        throw new LimitReached(p.currentTokenLocation(), null, stop.text(), stop.expectation());
                    }
                }
            } else {
                root.set(name, readValue(p, valueToken, at, problems));
            }
        }
        return root;
    }

    /** Jackson's limits on nesting and on the length of strings, names and numbers, each in its own words. */
    private Problem constraintProblem(StreamConstraintsException e, JsonParser parser, Locations at) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return at.problem(parser.currentLocation(), null, say(JSON_TOO_DEEP, maxNesting), say(EXPECT_NESTING, maxNesting));
        }
        if (message.startsWith("String value length")) {
            return at.problem(parser.currentTokenLocation(), null, say(JSON_STRING_TOO_LONG, new Count(InputLimits.MAX_JSON_STRING_CHARS)),
                    say(EXPECT_TEXTS_WITHIN_LIMITS));
        }
        return at.problem(parser.currentTokenLocation(), null, say(JSON_LIMIT, say(ProblemKey.LIBRARY_DETAILS, cleaned(message))), say(EXPECT_ORDINARY_LENGTH));
    }

    /** Counts one value against the budget of the element being read. */
    private void spend(JsonParser p) {
        if (--budget < 0) {
            throw new LimitReached(p.currentTokenLocation(), pathOf(p.getParsingContext()),
                    say(PART_HOLDS_TOO_MANY_VALUES, new Count(InputLimits.MAX_JSON_VALUES_PER_ELEMENT)),
                    say(EXPECT_VALUES_PER_ELEMENT, new Count(InputLimits.MAX_JSON_VALUES_PER_ELEMENT)));
        }
    }

    /** A limit that stops the reading of the whole file, where it was reached. */
    private static final class LimitReached extends RuntimeException {
        private final transient JsonLocation location;
        private final String path;
        private final transient ProblemText text;
        private final transient ProblemText expected;

        LimitReached(JsonLocation location, String path, ProblemText text, ProblemText expected) {
            super(text.english(), null, false, false);
            this.location = location;
            this.path = path;
            this.text = text;
            this.expected = expected;
        }
    }

    private JsonNode readValue(JsonParser p, JsonToken token, Locations at, List<Problem> problems) throws IOException {
        spend(p);
        return switch (token) {
            case START_OBJECT -> readObject(p, at, problems);
            case START_ARRAY -> readArray(p, at, problems);
            case VALUE_STRING -> nodes.textNode(p.getText());
            case VALUE_NUMBER_INT -> nodes.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new IllegalStateException("unexpected token " + token);
        };
    }

    private ObjectNode readObject(JsonParser p, Locations at, List<Problem> problems) throws IOException {
        ObjectNode object = nodes.objectNode();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonLocation nameAt = p.currentTokenLocation();
            String duplicatePath = object.has(name) ? pathOf(p.getParsingContext()) : null;
            JsonNode value = readValue(p, p.nextToken(), at, problems);
            if (duplicatePath != null) {
                problems.add(at.problem(nameAt, duplicatePath, say(FIELD_TWICE, name), say(EXPECT_FIELD_ONCE)));
            } else {
                object.set(name, value);
            }
        }
        return object;
    }

    private ArrayNode readArray(JsonParser p, Locations at, List<Problem> problems) throws IOException {
        ArrayNode array = nodes.arrayNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            array.add(readValue(p, t, at, problems));
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

    private static void checkNothingFollows(JsonParser p, Locations at, List<Problem> problems) throws IOException {
        JsonLocation end = p.currentLocation();
        try {
            if (p.nextToken() != null) {
                problems.add(at.problem(p.currentTokenLocation(), null, say(CONTENT_AFTER_JSON), say(EXPECT_NOTHING_AFTER, EXPECTED_DOCUMENT)));
            }
        } catch (JsonProcessingException e) {
            problems.add(at.problem(e.getLocation() != null ? e.getLocation() : end, null,
                    say(CONTENT_AFTER_JSON), say(EXPECT_NOTHING_AFTER, EXPECTED_DOCUMENT)));
        }
    }

    /** Jackson's messages name the input as "[Source: REDACTED ...]"; the file name is reported separately. */
    private static String cleaned(String message) {
        return SOURCE_REFERENCE.matcher(message == null ? "" : message).replaceAll("[");
    }

    /** Token locations from a byte parser, with columns counted in characters rather than bytes. */
    static final class Locations {
        private final byte[] bytes;
        private final int start;

        Locations(byte[] bytes, int start) {
            this.bytes = bytes;
            this.start = start;
        }

        Problem problem(JsonLocation location, String path, ProblemText text, ProblemText expected) {
            return new Problem(null, line(location), column(location), path, text, expected);

        }

        static int line(JsonLocation location) {
            return location == null ? 0 : Math.max(0, location.getLineNr());
        }

        int column(JsonLocation location) {
            if (location == null || location.getColumnNr() <= 0) {
                return 0;
            }
            long offset = location.getByteOffset();
            if (offset < 0 || start + offset > bytes.length) {
                return location.getColumnNr();
            }
            return Utf8Columns.columnOf(bytes, start, (int) (start + offset));
        }
    }
}
