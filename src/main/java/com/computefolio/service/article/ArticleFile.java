package com.computefolio.service.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an article from a text file, strictly as UTF-8: a file in another encoding is refused rather than read as
 * mojibake, since Arabic read in the wrong encoding would match nothing and look like an article with no deals.
 */
public final class ArticleFile {
    /** Articles are short; a file larger than this is not an article (a PDF, a database). */
    public static final long MAX_BYTES = 2_000_000;

    private ArticleFile() {
    }

    /** Why a file could not be read as an article. */
    public enum Problem { MISSING, EMPTY, NOT_UTF8, TOO_LARGE, UNREADABLE }

    /** A file that is not an article's text, with the reason and, for bad UTF-8, the offset of the first bad byte. */
    public static final class ArticleFileException extends Exception {
        private final Problem problem;
        private final Path file;
        private final long offset;
        private final int line;

        ArticleFileException(Problem problem, Path file, long offset, int line, Throwable cause) {
            super(problem + ": " + file, cause);
            this.problem = problem;
            this.file = file;
            this.offset = offset;
            this.line = line;
        }

        public Problem problem() {
            return problem;
        }

        public Path file() {
            return file;
        }

        public long offset() {
            return offset;
        }

        /** For bad UTF-8, the line (from 1) of the first bad byte; 0 otherwise. */
        public int line() {
            return line;
        }
    }

    /** The file's text, a leading byte-order mark dropped. */
    public static String read(Path file) throws ArticleFileException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ArticleFileException(Problem.TOO_LARGE, file, MAX_BYTES, 0, null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ArticleFileException(Problem.MISSING, file, 0, 0, e);
        } catch (IOException e) {
            throw new ArticleFileException(Files.exists(file) ? Problem.UNREADABLE : Problem.MISSING, file, 0, 0, e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleFileException(Problem.NOT_UTF8, file, in.position(), lineOf(bytes, in.position()), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ArticleFileException(Problem.EMPTY, file, 0, 0, null);
        }
        return text;
    }

    /** The line (from 1) the byte at {@code offset} is on. */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
