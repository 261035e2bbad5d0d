package com.computefolio.service.export;

import java.nio.file.Path;
import java.util.List;

/** What a finished report wrote: the PDF, its page count, and the pack files if a pack was asked for. */
public record ReportResult(Path pdf, int pages, List<Path> packFiles) {
    public ReportResult {
        packFiles = List.copyOf(packFiles);
    }
}
