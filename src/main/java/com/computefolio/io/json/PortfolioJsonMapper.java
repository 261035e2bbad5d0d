package com.computefolio.io.json;

import com.computefolio.io.InputLimits;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for portfolio files. Strict on input: unknown properties fail, no
 * coercion between strings, numbers and booleans, no default typing and no polymorphic types (the
 * DTOs are final records with concrete field types). Stable on output: two-space indent, {@code \n}
 * line ends on every platform, {@code "key": value}, one array element per line.
 */
final class PortfolioJsonMapper {

    private PortfolioJsonMapper() {
    }

    /** The token-level factory: nesting limited on reading, emoji written as themselves. */
    static JsonFactory factory(int maxNesting) {
        return JsonFactory.builder()
                // Without this, Jackson 2 writes emoji and other characters beyond U+FFFF as escaped
                // surrogate pairs ("\uD83D\uDE80") when writing bytes: valid, but unreadable in a diff.
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxNesting)
                        .maxStringLength(InputLimits.MAX_JSON_STRING_CHARS).build())
                .build();
    }

    static ObjectMapper create() {
        return JsonMapper.builder(factory(InputLimits.MAX_JSON_NESTING))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    /**
     * The same, but with required properties not enforced: for binding a tree from which the shape
     * check removed wrong values, whose absence it has already reported.
     */
    static ObjectMapper createIgnoringRequired() {
        ObjectMapper mapper = create();
        mapper.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
            @Override
            public Boolean hasRequiredMarker(AnnotatedMember member) {
                return Boolean.FALSE;
            }
        });
        return mapper;
    }

    static ObjectWriter prettyWriter(ObjectMapper mapper) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return mapper.writer(printer);
    }
}
