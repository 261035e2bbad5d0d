package com.computefolio.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart fonts come from one copy of each in the user's cache (ADR 53), seen in fresh JVMs that end as a
 * killed process does (no shutdown hooks): made from a stream, Java copies each font to a temporary file that
 * only a clean exit deletes.
 */
class FontFilesTest {

    @TempDir
    Path home;

    @Test
    void twoStartsLeaveNoTemporaryFontFileAndReuseTheCachedCopies() throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        Path cache = home.resolve(".cache/computefolio/fonts");

        String first = start(tmp);

        assertThat(first).contains("DejaVu Sans", "Noto Sans Arabic");
        assertThat(files(tmp)).as("no font copied into the temporary folder").isEmpty();
        Map<String, FileTime> written = modified(cache);
        assertThat(written.keySet()).hasSize(4).allMatch(name -> name.endsWith(".ttf"));
        for (Map.Entry<String, FileTime> font : written.entrySet()) {
            Files.setLastModifiedTime(cache.resolve(font.getKey()), FileTime.fromMillis(1_000_000L));
        }

        start(tmp);

        assertThat(files(tmp)).isEmpty();
        assertThat(modified(cache)).as("the same four copies, none written again")
                .containsOnlyKeys(written.keySet()).allSatisfy((name, time) -> assertThat(time.toMillis()).isEqualTo(1_000_000L));
    }

    @Test
    void aDamagedCopyIsReplacedBeforeJavaReadsIt() throws IOException {
        byte[] font = FontFiles.read("/fonts/NotoSansArabic-Regular.ttf");
        Path copy = FontFiles.cached(home, "/fonts/NotoSansArabic-Regular.ttf", font).orElseThrow();
        byte[] damaged = font.clone();
        damaged[damaged.length / 2] ^= 0x5A;
        Files.write(copy, damaged);

        Path again = FontFiles.cached(home, "/fonts/NotoSansArabic-Regular.ttf", font).orElseThrow();

        assertThat(again).isEqualTo(copy);
        assertThat(Files.readAllBytes(again)).isEqualTo(font);
        assertThat(files(home)).as("no partial files left").containsExactly(copy.getFileName().toString());
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheFontToTheJar() throws IOException {
        Path notAFolder = Files.writeString(home.resolve("file"), "x");

        assertThat(FontFiles.cached(notAFolder.resolve("fonts"), "/fonts/DejaVuSans.ttf", new byte[] {1, 2})).isEmpty();
        assertThat(FontFiles.cached(null, "/fonts/DejaVuSans.ttf", new byte[] {1, 2})).isEmpty();
    }

    private String start(Path tmp) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-Duser.home=" + home,
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), LoadFontsAndHalt.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("XDG_CACHE_HOME");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static List<String> files(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, FileTime> modified(Path folder) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (String name : files(folder)) {
            times.put(name, Files.getLastModifiedTime(folder.resolve(name)));
        }
        return times;
    }

    /** A start that loads the chart fonts, Arabic too, and then ends without running shutdown hooks. */
    public static final class LoadFontsAndHalt {
        private LoadFontsAndHalt() {
        }

        public static void main(String[] args) {
            ChartFonts fonts = ChartFonts.load();
            Font arabic = ChartFonts.arabicFor(fonts.regular(10f));
            // The test reads the names; only the cli package prints in the product, this is a test's child process.
            System.out.println(fonts.regularName() + "|" + fonts.boldName() + "|" + arabic.getFamily());
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }
}
