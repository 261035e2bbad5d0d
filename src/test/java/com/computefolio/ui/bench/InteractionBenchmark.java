package com.computefolio.ui.bench;

import com.computefolio.service.GroupBy;
import com.computefolio.ui.charts.ChartsView;
import com.computefolio.ui.charts.ChartsViewModel;
import com.computefolio.ui.charts.ShownChart;
import com.computefolio.ui.deals.DealsView;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * Benchmarks 4 and 5, driven inside the running window ({@code -Dcomputefolio.benchmark=ui}) the
 * way a user drives it, one interaction at a time: a key typed into (or deleted from) the search
 * box until the deals table shows the new rows, the same until the chart (Charts tab in front) is
 * redrawn, and a change of grouping until the chart is redrawn. Each latency runs from just
 * before the key event (or combo box change) to the end of the first frame rendered after the
 * view changed. As the floor under the table figure, the table is also scrolled by one row, which
 * redraws it without any filtering. Warm-up interactions come first and are not counted; one that
 * changes nothing on screen is skipped after a while. The used heap after a full garbage
 * collection is noted once the table first shows the register, and again at the end.
 */
public final class InteractionBenchmark {

    /**
     * Typed and deleted letter by letter. Every prefix must change the filter and find deals: a
     * space would not (the filter trims it), and two empty results in a row change no view.
     */
    private static final String TYPED = "tensor";
    /** An interaction that changed nothing on screen after this long is counted as skipped, not waited for. */
    private static final Duration GIVE_UP = Duration.seconds(10);
    private static final int WARM_UP = 12;
    private static final int MEASURED = 48;
    private static final double MEGABYTE = 1024.0 * 1024.0;
    /** Tries at a full collection before the heap is read anyway (each 50 ms apart). */
    private static final int FULL_GC_ATTEMPTS = 40;
    private static final String HOLD_PROPERTY = "computefolio.benchmark.holdSeconds";

    private final Scene scene;
    private final BenchmarkReport report;
    private final FrameClock frames;
    private final TabPane tabs;
    private final TextField search;
    private final TableView<?> table;
    private final DealsView deals;
    private ChartsView charts;
    /** What a measured interaction waits for: the table's rows or the chart on screen to change. */
    private enum View { TABLE, CHART }

    private View awaited;
    private Runnable onViewChanged;
    private int keystroke;
    private int skipped;
    private int scrolled;

    private InteractionBenchmark(Scene scene, BenchmarkReport report) {
        this.scene = scene;
        this.report = report;
        this.frames = new FrameClock(scene);
        this.tabs = (TabPane) scene.lookup("#viewTabs");
        this.search = (TextField) scene.lookup("#searchField");
        this.table = (TableView<?>) scene.lookup("#dealsTable");
        this.deals = (DealsView) table.getParent();
        // The table has its new rows once its model is no longer busy: filtered at once on the FX
        // thread for a small register, or shown when the background pass ends. Waiting for a change
        // of the rows instead would wait forever when a keystroke leaves them as they were.
        deals.model().busyProperty().addListener((obs, was, busy) -> {
            if (!busy) {
                viewChanged(View.TABLE);
            }
        });
    }

    /** Starts the run on a window just shown; it quits the application when done. Call on the FX thread. */
    public static void start(Scene scene) {
        new InteractionBenchmark(scene, BenchmarkReport.fromSystemProperty()).whenTrue(
                () -> scene.lookup("#dealsTable") instanceof TableView<?> t && !t.getItems().isEmpty(),
                benchmark -> benchmark.loaded());
    }

    private void whenTrue(BooleanSupplier condition, Consumer<InteractionBenchmark> then) {
        if (condition.getAsBoolean()) {
            then.accept(this);
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (condition.getAsBoolean()) {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(() -> then.accept(InteractionBenchmark.this));
                }
            }
        });
    }

    private void loaded() {
        report.put("deals_shown", table.getItems().size());
        report.put("loaded_since_jvm_start_ms", System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        report.put("heap_after_load_mb", usedHeapAfterGc());
        report.put("frame_tracked", frames.rendersTracked());
        measure(new LatencySamples(), 0, this::scrollOneRow, View.TABLE, scrolls -> {
            scrolls.reportAs("scroll_table", report);
            measure(new LatencySamples(), 0, this::typeOneKey, View.TABLE, samples -> {
                samples.reportAs("keystroke_table", report);
                showCharts();
            });
        });
    }

    private void showCharts() {
        tabs.getSelectionModel().select(tab("view.charts"));
        // The Charts view is made when its tab is first shown.
        whenTrue(() -> scene.lookup("#chartsView") instanceof ChartsView view && view.viewModel().state().shown() != null
                        && !view.viewModel().state().busyProperty().get(),
                b -> {
                    charts = (ChartsView) scene.lookup("#chartsView");
                    charts.viewModel().state().shownProperty()
                            .addListener((ChangeListener<ShownChart>) (obs, old, now) -> viewChanged(View.CHART));
                    measureCharts();
                });
    }

    private void measureCharts() {
        measure(new LatencySamples(), 0, this::typeOneKey, View.CHART, keystrokes -> {
            keystrokes.reportAs("keystroke_chart", report);
            measure(new LatencySamples(), 0, this::nextGrouping, View.CHART, groupings -> {
                groupings.reportAs("grouping_chart", report);
                report.put("heap_after_interactions_mb", usedHeapAfterGc());
                exitAfterHold();
            });
        });
    }

    /**
     * Quits, after {@code -Dcomputefolio.benchmark.holdSeconds} if given: a profiler (jcmd's class histogram,
     * a heap dump) can then read what the interactions left alive, which the report's figure only sums.
     */
    private static void exitAfterHold() {
        int hold = Integer.getInteger(HOLD_PROPERTY, 0);
        if (hold <= 0) {
            Platform.exit();
            return;
        }
        PauseTransition wait = new PauseTransition(Duration.seconds(hold));
        wait.setOnFinished(event -> Platform.exit());
        wait.play();
    }

    /** Runs one interaction after another, each once the previous one is on screen. */
    private void measure(LatencySamples samples, int done, Runnable interaction, View view, Consumer<LatencySamples> then) {
        if (done == WARM_UP + MEASURED) {
            then.accept(samples);
            return;
        }
        long start = System.nanoTime();
        PauseTransition giveUp = new PauseTransition(GIVE_UP);
        Runnable next = () -> measure(samples, done + 1, interaction, view, then);
        awaited = view;
        onViewChanged = () -> {
            giveUp.stop();
            frames.afterNextFrame((epochMillis, renderedNanos) -> {
                if (done >= WARM_UP) {
                    samples.add(renderedNanos - start);
                }
                next.run();
            });
        };
        giveUp.setOnFinished(event -> {
            onViewChanged = null;
            report.put("skipped_interactions", ++skipped);
            next.run();
        });
        giveUp.play();
        interaction.run();
        if (view == View.TABLE && !deals.model().busyProperty().get()) {
            viewChanged(View.TABLE);
        }
    }

    private void viewChanged(View changed) {
        if (changed != awaited) {
            return;
        }
        Runnable waiting = onViewChanged;
        onViewChanged = null;
        if (waiting != null) {
            waiting.run();
        }
    }

    /**
     * The floor under the keystroke figure: the table scrolled by one row, which redraws every
     * visible row as a new filter result does, without any filtering.
     */
    private void scrollOneRow() {
        table.scrollTo(++scrolled % 2);
    }

    /** Types the next letter of {@link #TYPED}, or once all are typed deletes them one by one, and so on. */
    private void typeOneKey() {
        int position = keystroke++ % (2 * TYPED.length());
        String before = search.getText();
        if (position < TYPED.length()) {
            String letter = String.valueOf(TYPED.charAt(position));
            Event.fireEvent(search, new KeyEvent(KeyEvent.KEY_TYPED, letter, "", KeyCode.UNDEFINED, false, false, false, false));
            if (search.getText().equals(before)) {
                search.appendText(letter);
            }
        } else {
            Event.fireEvent(search, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.BACK_SPACE, false, false, false, false));
            if (search.getText().equals(before)) {
                search.deletePreviousChar();
            }
        }
    }

    private void nextGrouping() {
        var groupBy = charts.viewModel().groupByProperty();
        int next = (ChartsViewModel.GROUPINGS.indexOf(groupBy.get()) + 1) % ChartsViewModel.GROUPINGS.size();
        GroupBy grouping = ChartsViewModel.GROUPINGS.get(next);
        groupBy.set(grouping);
    }

    private Tab tab(String id) {
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the window has no tab " + id));
    }

    /**
     * The heap in use right after a full collection, read at once. The heap pools' collection usage looked
     * like the cleaner reading (what the collector left, before anything allocates again), but under G1 it
     * is not updated by an explicit full collection and read 8-11 MB with 351 MB live (jcmd's class
     * histogram, issue 18): the heap's usage just after System.gc() counts what was live plus the little
     * allocated since, which errs on the side of more. A System.gc() asked while another thread holds a JNI
     * critical region (the renderer, SQLite) is not run: HotSpot makes a young collection of it later (the
     * GC log says "GCLocker Initiated GC"), and the reading then held 100-150 MB of garbage (360-407 MB read
     * with 241 MB live in the histogram). So it asks again until the full collections' count moves.
     */
    private static double usedHeapAfterGc() {
        long fullBefore = fullCollections();
        for (int attempt = 0; attempt < FULL_GC_ATTEMPTS && fullCollections() == fullBefore; attempt++) {
            System.gc();
            if (fullCollections() == fullBefore) {
                pause();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MEGABYTE;
    }

    /** Full collections so far: G1 counts them under its old generation (a mixed collection counts as young). */
    private static long fullCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> gc.getName().contains("Old") || gc.getName().contains("MarkSweep"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
