package com.computefolio.service.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a chart exports to. */
public enum ExportFormat {
    SVG("svg"), PDF("pdf"), PNG("png");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for by its extension, if any. */
    public static Optional<ExportFormat> ofFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
