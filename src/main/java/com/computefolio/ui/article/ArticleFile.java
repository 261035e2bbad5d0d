package com.computefolio.ui.article;

import com.computefolio.ui.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an article saved as a text file: UTF-8 (a leading byte-order mark is dropped), at most {@link #MAX_BYTES}.
 * A file that is not that is refused whole with what is wrong and where, never read in part or with stand-in letters.
 */
final class ArticleFile {
    /** Far above any article; a larger file is a book or not text at all. */
    static final int MAX_BYTES = 1 << 20;

    /** Why a file could not be read, already in the window's language. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private ArticleFile() {
    }

    /** The file's text; call off the FX thread. */
    static String read(Path file, Messages messages) throws Unreadable {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new Unreadable(messages.format("article.file.error.read", file, String.valueOf(e.getMessage())));
        }
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable(messages.format("article.file.error.tooLarge", file, MAX_BYTES / 1024));
        }
        String text = decode(file, bytes, messages);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new Unreadable(messages.format("article.file.error.empty", file));
        }
        return text;
    }

    private static String decode(Path file, byte[] bytes, Messages messages) throws Unreadable {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new Unreadable(messages.format("article.file.error.encoding", file, lineOf(bytes, offset), offset + 1));
        }
        return out.flip().toString();
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
