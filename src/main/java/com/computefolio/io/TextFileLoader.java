package com.computefolio.io;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemText;
import java.io.IOException;
import java.util.Locale;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an input file as UTF-8 text and refuses, with a located problem, what is not: files over
 * the size limit (checked before reading), empty files, binary files and bytes that are not UTF-8.
 * A UTF-8 byte-order mark, which some Windows editors write, is accepted and skipped.
 */
public final class TextFileLoader {

    private static final int BINARY_SNIFF_BYTES = 8192;
    private static final int CHECK_BUFFER_CHARS = 1 << 16;

    private final long maxBytes;

    public TextFileLoader() {
        this(InputLimits.MAX_FILE_BYTES);
    }

    /** For tests that need a smaller limit; production code uses {@link InputLimits#MAX_FILE_BYTES}. */
    public TextFileLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public LoadedText load(Path file, ProblemText expectedContent) {
        String name = file.toString();
        byte[] bytes;
        try {
            // Checked before opening: opening a FIFO waits for a writer, and a device such as
            // /dev/zero (also behind a symbolic link) reports size 0 and never ends.
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                return LoadedText.refused(name, Problem.at(null, say(Files.isDirectory(file) ? FOLDER_NOT_FILE : NOT_A_REGULAR_FILE),
                        expectedContent));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return tooLarge(name, size);
            }
            bytes = readAtMost(file, maxBytes);
            if (bytes == null) {
                return tooLarge(name, say(MORE_THAN, maxBytes));
            }
        } catch (NoSuchFileException e) {
            return LoadedText.refused(name, Problem.at(null, say(FILE_MISSING)));
        } catch (IOException e) {
            return LoadedText.refused(name, Problem.at(null, say(FILE_UNREADABLE, FileFailures.reasonOrDetails(e))));
        }
        return decode(name, bytes, expectedContent);
    }

    /** @param size the bytes counted, or a text for "more than" when reading stopped at the limit */
    private LoadedText tooLarge(String name, Object size) {
        return LoadedText.refused(name, Problem.at(null, say(FILE_TOO_LARGE, size, describeLimit()),
                say(EXPECT_FILE_AT_MOST, maxBytes)));
    }

    /** The file's bytes, or null if it holds more than the limit (a file can grow after its size was read). */
    private static byte[] readAtMost(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
            return in.read() < 0 ? bytes : null;
        }
    }

    LoadedText decode(String name, byte[] bytes, ProblemText expectedContent) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        if (isBlank(bytes, start)) {
            return LoadedText.refused(name, Problem.at(null, say(FILE_EMPTY), expectedContent));
        }
        if (hasUtf16Bom(bytes)) {
            return LoadedText.refused(name, Problem.at(null, say(FILE_UTF16), say(EXPECT_SAVED_AS_UTF8, expectedContent)));
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0 || looksBinary(bytes, start)) {
            return LoadedText.refused(name, Problem.at(null, nul >= 0 ? say(BINARY_FILE_NUL, nul) : say(BINARY_FILE), expectedContent));
        }
        return decodeUtf8(name, bytes, start, expectedContent);
    }

    private ProblemText describeLimit() {
        return maxBytes % (1024 * 1024) == 0 ? say(SIZE_MB, maxBytes / (1024 * 1024)) : say(SIZE_BYTES, maxBytes);
    }

    /** Checks that the bytes are UTF-8 by decoding them through a small buffer, keeping no characters. */
    private static LoadedText decodeUtf8(String name, byte[] bytes, int start, ProblemText expectedContent) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(CHECK_BUFFER_CHARS);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            out.clear();
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            return LoadedText.refused(name, invalidUtf8(name, bytes, start, offset));
        }
        return LoadedText.valid(name, bytes, start);
    }

    /** Locates the first invalid byte by line and column (in characters: the line before it is valid UTF-8). */
    private static Problem invalidUtf8(String name, byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = Utf8Columns.charactersBetween(bytes, lineStart, offset) + 1;
        return new Problem(name, line, column, null,
                say(INVALID_UTF8, offset, String.format(Locale.ROOT, "0x%02X", bytes[offset] & 0xFF)), say(EXPECT_UTF8_TEXT));

    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
    }

    private static boolean isBlank(byte[] b, int start) {
        for (int i = start; i < b.length; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Text files have almost no control characters besides tab, line feed, carriage return and form feed. */
    private static boolean looksBinary(byte[] b, int start) {
        int end = Math.min(b.length, start + BINARY_SNIFF_BYTES);
        int controls = 0;
        for (int i = start; i < end; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls * 10 > end - start;
    }
}
