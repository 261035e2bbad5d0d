package com.computefolio.ui;

import com.computefolio.service.render.FontFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The fonts the window ships with: Noto Sans Arabic, loaded from the jar at start so Arabic text joins and
 * shapes the same on a machine that has no Arabic font of its own. No family is set on the scene's root:
 * a family there breaks text mixing Arabic and Latin (the Bisq lesson); JavaFX finds the loaded font for the
 * Arabic glyphs by itself.
 */
final class WindowFonts {
    private static final String[] FILES = {"/fonts/NotoSansArabic-Regular.ttf", "/fonts/NotoSansArabic-Bold.ttf"};

    private WindowFonts() {
    }

    /**
     * Loads each font once per JVM (JavaFX keeps a loaded font for the life of the process); a missing one is skipped.
     * From the font's copy in the user's cache, which JavaFX reads in place: given a stream, JavaFX first copies the
     * font to a new temporary file on every start, left behind by a killed process (ADR 53).
     */
    static void load() {
        for (String file : FILES) {
            Optional<Path> cached = FontFiles.of(file);
            if (cached.isPresent() && Font.loadFont(cached.get().toUri().toString(), Font.getDefault().getSize()) != null) {
                continue;
            }
            try (InputStream in = WindowFonts.class.getResourceAsStream(file)) {
                if (in != null) {
                    Font.loadFont(in, Font.getDefault().getSize());
                }
            } catch (IOException e) {
                // The system's own fonts still show the window; only the shapes may differ.
            }
        }
    }
}
