package com.computefolio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jackson's own messages, from real parses and bindings, become keys with the offending token as a value (issue 16):
 * no sentence of Jackson's English is passed on, except as details when no rule knows it.
 */
class JacksonDetailsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    record Row(String name, int count, List<String> tags) {
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("{\"a\": 1 \"b\": 2}", ProblemKey.JSON_UNEXPECTED_CHARACTER_WANTING, List.of("\"", ProblemKey.JSON_WANTS_COMMA_IN_OBJECT)),
                Arguments.of("[1 2]", ProblemKey.JSON_UNEXPECTED_CHARACTER_WANTING, List.of("2", ProblemKey.JSON_WANTS_COMMA_IN_ARRAY)),
                Arguments.of("{a: 1}", ProblemKey.JSON_UNEXPECTED_CHARACTER_WANTING, List.of("a", ProblemKey.JSON_WANTS_FIELD_NAME)),
                Arguments.of("{\"a\" 1}", ProblemKey.JSON_UNEXPECTED_CHARACTER_WANTING, List.of("1", ProblemKey.JSON_WANTS_COLON)),
                Arguments.of("{\"a\": }", ProblemKey.JSON_UNEXPECTED_CHARACTER_WANTING, List.of("}", ProblemKey.JSON_WANTS_VALUE)),
                Arguments.of("{\"a\": tru}", ProblemKey.JSON_UNRECOGNIZED_WORD, List.of("tru", ProblemKey.JSON_WANTS_VALUE)),
                Arguments.of("{\"a\": [1}", ProblemKey.JSON_UNEXPECTED_CLOSE, List.of("}", ProblemKey.JSON_WANTS_CLOSE)),
                Arguments.of("{\"a\": 1", ProblemKey.JSON_ENDS_IN_OBJECT, List.of()),
                Arguments.of("[1, 2", ProblemKey.JSON_ENDS_IN_ARRAY, List.of()),
                Arguments.of("{\"a\": \"open", ProblemKey.JSON_ENDS_IN_STRING, List.of()),
                Arguments.of("{\"a\": \"x\ny\"}", ProblemKey.JSON_CONTROL_CHARACTER, List.of(10)),
                Arguments.of("{\"a\": \"\\q\"}", ProblemKey.JSON_BAD_ESCAPE, List.of("q")),
                Arguments.of("{\"a\": 012}", ProblemKey.JSON_LEADING_ZEROES, List.of()),
                Arguments.of("{\"a\": 1, \"a\": 2}", ProblemKey.JSON_FIELD_TWICE, List.of("a")));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void aParseFailureBecomesAKeyWithTheTokenAsWritten(String json, ProblemKey key, List<Object> values) {
        JsonProcessingException e = catchThrowableOfType(() -> MAPPER.readTree(json), JsonProcessingException.class);

        ProblemText detail = JacksonDetails.of(e);

        assertThat(detail.key()).as(e.getOriginalMessage()).isEqualTo(key);
        for (int i = 0; i < values.size(); i++) {
            Object expected = values.get(i);
            Object actual = detail.args().get(i);
            assertThat(actual instanceof ProblemText nested ? nested.key() : actual).isEqualTo(expected);
        }
    }

    @Test
    void aBindingFailureSaysWhatWasExpectedAndWhatWasFound() {
        ProblemText wrongKind = bind("{\"name\": {\"x\": 1}, \"count\": 1}");
        ProblemText notANumber = bind("{\"name\": \"a\", \"count\": \"many\"}");
        ProblemText unknown = bind("{\"name\": \"a\", \"colour\": \"red\"}");
        ProblemText tooLarge = bind("{\"count\": 99999999999999999999}");

        assertThat(wrongKind.english()).isEqualTo("expected a string but found an object");
        assertThat(notANumber.english()).isEqualTo("\"many\" is not a whole number");
        assertThat(unknown.english()).isEqualTo("unknown field \"colour\"");
        assertThat(tooLarge.key()).isIn(ProblemKey.JSON_NUMBER_OUT_OF_RANGE, ProblemKey.JSON_WRONG_KIND);
    }

    @Test
    void aMessageNoRuleKnowsIsKeptOnlyAsDetails() {
        ProblemText detail = JacksonDetails.of("Something new in Jackson 3 [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 2]");

        assertThat(detail.key()).isEqualTo(ProblemKey.LIBRARY_DETAILS);
        assertThat(detail.english()).isEqualTo("Something new in Jackson 3 [line: 1, column: 2]");
    }

    private static ProblemText bind(String json) {
        return JacksonDetails.of(catchThrowableOfType(() -> MAPPER.readValue(json, Row.class), JsonProcessingException.class));
    }
}
