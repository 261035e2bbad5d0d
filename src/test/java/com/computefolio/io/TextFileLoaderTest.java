package com.computefolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileLoaderTest {

    private static final ProblemText EXPECTED = ProblemText.say(ProblemKey.EXPECT_TEXT);

    @TempDir
    Path dir;

    private final TextFileLoader loader = new TextFileLoader();

    @Test
    void readsUtf8TextAndDropsAByteOrderMark() throws IOException {
        Path file = write("bom.txt", bytes(0xEF, 0xBB, 0xBF), "héllo 世界 🚀".getBytes(StandardCharsets.UTF_8));

        LoadedText text = loader.load(file, EXPECTED);

        assertThat(text.problems()).isEmpty();
        assertThat(text.text()).isEqualTo("héllo 世界 🚀");
    }

    @Test
    void aByteThatIsNotUtf8IsReportedWithItsOffsetLineAndColumnInCharacters() throws IOException {
        Path file = write("latin1.txt", "line one\n日本".getBytes(StandardCharsets.UTF_8), bytes(0xE9), "c\n".getBytes(StandardCharsets.UTF_8));

        Problem problem = only(loader.load(file, EXPECTED));

        assertThat(problem.message()).isEqualTo("The bytes are not valid UTF-8 at byte offset 15 (byte 0xE9).");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(3);
        assertThat(problem.file()).isEqualTo(file.toString());
    }

    @Test
    void aFileWithNulBytesIsBinary() throws IOException {
        Path file = write("image.png", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0));

        assertThat(only(loader.load(file, EXPECTED)).message())
                .isEqualTo("This is a binary file, not text (NUL byte at byte offset 8).");
    }

    @Test
    void aFileOfControlCharactersIsBinaryEvenWithoutNulBytes() throws IOException {
        Path file = write("noise.bin", bytes(1, 2, 3, 4, 5, 6, 7, 'a'));

        assertThat(only(loader.load(file, EXPECTED)).message()).isEqualTo("This is a binary file, not text.");
    }

    @Test
    void utf16IsNamedAsSuch() throws IOException {
        Path file = write("utf16.txt", "{}".getBytes(StandardCharsets.UTF_16));

        assertThat(only(loader.load(file, EXPECTED)).message()).isEqualTo("The file is encoded as UTF-16.");
    }

    @Test
    void emptyAndBlankFilesAreEmpty() throws IOException {
        assertThat(only(loader.load(write("empty.txt"), EXPECTED)).message()).isEqualTo("The file is empty.");
        assertThat(only(loader.load(write("blank.txt", bytes(0xEF, 0xBB, 0xBF, ' ', '\n')), EXPECTED)).message())
                .isEqualTo("The file is empty.");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeReading() throws IOException {
        Path file = write("big.txt", new byte[11]);

        Problem problem = only(new TextFileLoader(10).load(file, EXPECTED));

        assertThat(problem.message()).isEqualTo("The file is 11 bytes, larger than the limit of 10 bytes; it was not read.");
        assertThat(problem.expected()).isEqualTo("a file of at most 10 bytes");
    }

    @Test
    void aMissingFileIsSaidToBeMissing() {
        Problem problem = only(loader.load(dir.resolve("nowhere.json"), EXPECTED));

        assertThat(problem.message()).isEqualTo("The file does not exist.");
    }

    private static Problem only(LoadedText text) {
        assertThat(text.ok()).isFalse();
        assertThat(text.bytes()).isNull();
        assertThat(text.problems()).hasSize(1);
        return text.problems().get(0);
    }

    private Path write(String name, byte[]... parts) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, new byte[0]);
        for (byte[] part : parts) {
            Files.write(file, part, java.nio.file.StandardOpenOption.APPEND);
        }
        return file;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
