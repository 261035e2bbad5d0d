package com.computefolio.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Opens a pretty-printing JSON generator on the command's output. Money is always written as a
 * decimal string (see {@link Amounts#exact}), never as a JSON number, so no reader rounds it.
 */
final class JsonOutput {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonOutput() {
    }

    /** Something that writes one JSON document with the generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    static void write(PrintWriter out, Body body) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** Writes a string field, or null when the value is absent. */
    static void field(JsonGenerator json, String name, Object value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value.toString());
        }
    }
}
