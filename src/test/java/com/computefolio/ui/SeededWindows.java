package com.computefolio.ui;

import com.computefolio.ui.common.FxTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.prefs.WindowBounds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One register seeded with the curated deals for a window test class, and the windows opened on it: the register is
 * made before the class's tests, and after them every window's task executor is stopped and the register closed and
 * removed. Register it with {@code @RegisterExtension static final SeededWindows REGISTER = new SeededWindows("x.db")};
 * it keeps the lifecycle that each window test used to write out for itself.
 */
final class SeededWindows implements BeforeAllCallback, AfterAllCallback {
    private final String fileName;
    private final List<FxTaskExecutor> executors = new CopyOnWriteArrayList<>();
    private Path folder;
    private PortfolioConnection connection;

    SeededWindows(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("computefolio-window-test-");
        connection = new AppContextOpener().open(folder.resolve(fileName));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        executors.forEach(FxTaskExecutor::shutdown);
        connection.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(SeededWindows::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PortfolioConnection connection() {
        return connection;
    }

    /** The real window on this register, in English; its executor is stopped after the class's tests. */
    TestWindows.Opened open(Stage stage, WindowBounds bounds, Function<WindowContext, Map<String, Node>> views) {
        return open(stage, bounds, views, Messages.english());
    }

    /** The real window on this register in the given language. */
    TestWindows.Opened open(Stage stage, WindowBounds bounds, Function<WindowContext, Map<String, Node>> views,
                            Messages messages) {
        TestWindows.Opened opened = TestWindows.open(stage, connection, bounds, views, messages);
        executors.add(opened.executor());
        return opened;
    }
}
