package com.computefolio.io;

import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jackson found wrong in JSON or CSV text, as a {@link ProblemText} every language words itself (issue 16):
 * its parse messages ("Unexpected character ('x' (code 120)): was expecting comma to separate Object entries") and
 * its binding exceptions become keys with the offending token, number or field name as written. A message no rule
 * here knows is kept as the library's details, never as the sentence.
 */
public final class JacksonDetails {
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\((?:'(.+?)' \\(code \\d+\\)|\\(CTRL-CHAR, code (\\d+)\\))\\)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern CONTROL = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.+?)'");
    private static final Pattern RANGE = Pattern.compile("^Numeric value \\((.*?)\\) out of range");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*?)'");
    private static final Pattern MISSING = Pattern.compile("^Missing required creator property '(.*?)'");
    private static final Pattern FOUND_TOKEN = Pattern.compile("token `JsonToken\\.(\\w+)`");
    private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\[Source: [^;\\]]*; ");

    private JacksonDetails() {
    }

    /** The detail of this one failure when Jackson raised it (not its causes), else null. */
    public static ProblemText reason(Throwable failure) {
        return failure instanceof JsonProcessingException e ? of(e) : null;
    }

    /** The detail of a parse or binding failure. */
    public static ProblemText of(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return say(ProblemKey.JSON_UNKNOWN_FIELD, unknown.getPropertyName());
        }
        if (e instanceof InvalidFormatException invalid && invalid.getValue() != null) {
            return say(ProblemKey.JSON_NOT_VALID_VALUE, String.valueOf(invalid.getValue()), kind(invalid.getTargetType()));
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof MismatchedInputException mismatched && !MISSING.matcher(message).find()) {
            Matcher found = FOUND_TOKEN.matcher(message);
            if (found.find() && mismatched.getTargetType() != null) {
                return say(ProblemKey.JSON_WRONG_KIND, kind(mismatched.getTargetType()), tokenKind(found.group(1)));
            }
        }
        return of(message);
    }

    /** The detail of a parser's message (the original message, without its location). */
    public static ProblemText of(String message) {
        String m = message == null ? "" : message;
        Matcher c = CHARACTER.matcher(m);
        if (c.find()) {
            String character = c.group(1) != null ? c.group(1) : String.format(Locale.ROOT, "U+%04X", Integer.parseInt(c.group(2)));
            ProblemText wanted = wanted(m);
            if (m.contains("Expected column separator")) {
                return say(ProblemKey.CSV_WANTS_SEPARATOR, character);
            }
            return wanted == null ? say(ProblemKey.JSON_UNEXPECTED_CHARACTER, character)
                    : say(ProblemKey.JSON_UNEXPECTED_CHARACTER_WANTING, character, wanted);
        }
        Matcher t = TOKEN.matcher(m);
        if (t.find()) {
            return say(ProblemKey.JSON_UNRECOGNIZED_WORD, t.group(1), say(ProblemKey.JSON_WANTS_VALUE));
        }
        Matcher close = CLOSE.matcher(m);
        if (close.find()) {
            return say(ProblemKey.JSON_UNEXPECTED_CLOSE, close.group(1), say(ProblemKey.JSON_WANTS_CLOSE, close.group(2)));
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return endOfInput(m);
        }
        Matcher control = CONTROL.matcher(m);
        if (control.find()) {
            return say(ProblemKey.JSON_CONTROL_CHARACTER, Integer.parseInt(control.group(1)));
        }
        Matcher escape = ESCAPE.matcher(m);
        if (escape.find()) {
            return say(ProblemKey.JSON_BAD_ESCAPE, escape.group(1));
        }
        Matcher range = RANGE.matcher(m);
        if (range.find()) {
            return say(ProblemKey.JSON_NUMBER_OUT_OF_RANGE, range.group(1), say(ProblemKey.KIND_WHOLE_NUMBER));
        }
        if (m.startsWith("Invalid numeric value: Leading zeroes")) {
            return say(ProblemKey.JSON_LEADING_ZEROES);
        }
        Matcher duplicate = DUPLICATE.matcher(m);
        if (duplicate.find()) {
            return say(ProblemKey.JSON_FIELD_TWICE, duplicate.group(1));
        }
        Matcher missing = MISSING.matcher(m);
        if (missing.find()) {
            return say(ProblemKey.JSON_MISSING_FIELD, missing.group(1));
        }
        if (m.startsWith("Invalid UTF-8")) {
            return say(ProblemKey.REASON_NOT_UTF8);
        }
        if (m.startsWith("Missing closing quote")) {
            return say(ProblemKey.CSV_QUOTE_NOT_CLOSED);
        }
        return say(ProblemKey.LIBRARY_DETAILS, SOURCE_REFERENCE.matcher(m).replaceAll("["));
    }

    private static ProblemText wanted(String m) {
        if (m.contains("comma to separate Object entries")) {
            return say(ProblemKey.JSON_WANTS_COMMA_IN_OBJECT);
        }
        if (m.contains("comma to separate Array entries")) {
            return say(ProblemKey.JSON_WANTS_COMMA_IN_ARRAY);
        }
        if (m.contains("double-quote to start field name")) {
            return say(ProblemKey.JSON_WANTS_FIELD_NAME);
        }
        if (m.contains("colon to separate field name and value")) {
            return say(ProblemKey.JSON_WANTS_COLON);
        }
        if (m.contains("expected a valid value") || m.contains("was expecting (JSON String")) {
            return say(ProblemKey.JSON_WANTS_VALUE);
        }
        return null;
    }

    private static ProblemText endOfInput(String m) {
        if (m.contains("close marker for Object")) {
            return say(ProblemKey.JSON_ENDS_IN_OBJECT);
        }
        if (m.contains("close marker for Array")) {
            return say(ProblemKey.JSON_ENDS_IN_ARRAY);
        }
        if (m.contains("field name")) {
            return say(ProblemKey.JSON_ENDS_IN_NAME);
        }
        if (m.contains("closing quote") || m.contains("VALUE_STRING")) {
            return say(ProblemKey.JSON_ENDS_IN_STRING);
        }
        return say(ProblemKey.JSON_ENDS_IN_VALUE);
    }

    /** What a Java type holds, as the reader calls it. */
    private static ProblemText kind(Class<?> type) {
        if (type == null) {
            return say(ProblemKey.KIND_TEXT_VALUE);
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return say(ProblemKey.KIND_STRING);
        }
        if (type == int.class || type == long.class || type == short.class || type == Integer.class || type == Long.class
                || type == Short.class || type == BigInteger.class) {
            return say(ProblemKey.KIND_WHOLE_NUMBER);
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class || type == BigDecimal.class) {
            return say(ProblemKey.KIND_DECIMAL);
        }
        if (type == boolean.class || type == Boolean.class) {
            return say(ProblemKey.KIND_BOOLEAN);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return say(ProblemKey.KIND_ARRAY);
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return say(ProblemKey.KIND_DATE);
        }
        return type.isEnum() ? say(ProblemKey.KIND_TEXT_VALUE) : say(ProblemKey.KIND_OBJECT);
    }

    private static ProblemText tokenKind(String token) {
        return switch (token) {
            case "START_OBJECT", "END_OBJECT", "FIELD_NAME" -> say(ProblemKey.KIND_OBJECT);
            case "START_ARRAY", "END_ARRAY" -> say(ProblemKey.KIND_ARRAY);
            case "VALUE_STRING" -> say(ProblemKey.KIND_STRING);
            case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> say(ProblemKey.KIND_NUMBER);
            case "VALUE_TRUE", "VALUE_FALSE" -> say(ProblemKey.KIND_BOOLEAN);
            case "VALUE_NULL" -> say(ProblemKey.KIND_NULL);
            default -> say(ProblemKey.KIND_TEXT_VALUE);
        };
    }
}
