package com.computefolio.service;

import com.computefolio.io.ParsedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads import files one after the other and tells a listener the bytes done so far. Bytes, not
 * files: the usual import is one large file, and a count of files would sit at 0 of 1 until the end.
 */
final class ImportProgress {

    private ImportProgress() {
    }

    static List<ParsedFile> readAll(List<Path> files, Function<Path, ParsedFile> reader, ProgressListener progress) {
        long[] sizes = files.stream().mapToLong(ImportProgress::sizeOrZero).toArray();
        long total = java.util.Arrays.stream(sizes).sum();
        long done = 0;
        progress.progressed(ProgressStep.READ_FILES, 0, total);
        List<ParsedFile> parsed = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            parsed.add(reader.apply(files.get(i)));
            done += sizes[i];
            progress.progressed(ProgressStep.READ_FILES, done, total);
        }
        return List.copyOf(parsed);
    }

    /** A file that cannot be sized is read (and its problem reported) by the reader; it counts as empty here. */
    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }
}
