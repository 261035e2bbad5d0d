package com.computefolio.io.json;

import com.computefolio.io.AtomicFiles;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes {@code views.json}: small (a user's handful of views), so it is read
 * whole and written atomically; an unknown field is refused rather than silently dropped.
 */
public final class ViewFileJson {

    /** A views file larger than this is not one a person wrote. */
    private static final long MAX_BYTES = 1_000_000;

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** The file's content, or empty when there is no file; a malformed file throws with the line and column. */
    public Optional<ViewFileDto> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": larger than " + MAX_BYTES + " bytes, not a views file");
        }
        try {
            ViewFileDto dto = mapper.readValue(Files.readAllBytes(file), ViewFileDto.class);
            return Optional.of(dto == null ? new ViewFileDto(ViewFileDto.FORMAT_VERSION, List.of()) : dto);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new IOException(file + where + ": " + e.getOriginalMessage(), e);
        }
    }

    public void write(Path file, ViewFileDto dto) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(dto);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
