package com.computefolio.io.json;

import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.io.ExplainedIOException;
import com.computefolio.io.AtomicFiles;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads and writes one of the small files a user keeps beside the register ({@code scenarios.json},
 * {@code views.json}): a handful of entries, so it is read whole and written atomically; an unknown field
 * is refused rather than silently dropped, and a malformed file is named with its line and column.
 *
 * @param <T> the file's DTO
 */
public final class SideFileJson<T> {

    /** A side file larger than this is not one a person wrote. */
    private static final long MAX_BYTES = 1_000_000;

    /** Made on first read or write of a file that exists: most runs have no side files, and a mapper loads hundreds of classes. */
    private ObjectMapper mapper;
    private final Class<T> type;
    private final ProblemText what;
    private final Supplier<T> empty;

    /**
     * @param what  what the file is, for messages ("a scenarios file"), in words for any reader
     * @param empty the content of a file that holds only {@code null}
     */
    public SideFileJson(Class<T> type, ProblemText what, Supplier<T> empty) {
        this.type = type;
        this.what = what;
        this.empty = empty;
    }

    /** The file's content, or empty when there is no file; a malformed file throws with the line and column. */
    public Optional<T> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (Files.size(file) > MAX_BYTES) {
            ProblemText tooLarge = ProblemText.say(ProblemKey.SIDE_FILE_TOO_LARGE, file, MAX_BYTES, what);
            throw new ExplainedIOException(tooLarge.english(), tooLarge, null);
        }
        try {
            T dto = mapper().readValue(Files.readAllBytes(file), type);
            return Optional.of(dto == null ? empty.get() : dto);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new ExplainedIOException(file + where + ": " + e.getOriginalMessage(),
                    ProblemText.say(ProblemKey.CANNOT_READ_FILE, file + where), e);
        }
    }

    public void write(Path file, T dto) throws IOException {
        byte[] bytes = mapper().writeValueAsBytes(dto);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        }
        return mapper;
    }
}
