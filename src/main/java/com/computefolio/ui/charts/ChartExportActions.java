package com.computefolio.ui.charts;

import com.computefolio.service.text.Texts;
import com.computefolio.service.text.FailureTexts;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.export.ExportControl;
import com.computefolio.service.export.ExportFormat;
import com.computefolio.service.export.ImageSize;
import com.computefolio.service.export.ReportProgress;
import com.computefolio.service.output.RefusedOutputException;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.DialogService.FileSpec;
import com.computefolio.ui.common.DialogService.FileType;
import com.computefolio.ui.common.TaskExecutor;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import com.computefolio.ui.common.ExportNames;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;

/**
 * "Export..." and "Copy" for a chart view: ask for a file (and for PNG a scale), then draw the
 * model with the same JFreeChart factory the screen uses and write it through the exporter, all off
 * the FX thread. The file is written atomically by the exporter, so a failed export leaves nothing;
 * a written one is announced like every export of the window, with Open and Show in Folder.
 */
public final class ChartExportActions {
    /** Copy draws at twice the size on screen: sharp when pasted into slides or on a high-density screen. */
    static final int COPY_SCALE = 2;
    private static final List<Integer> SCALES = List.of(1, 2, 3, 4);
    private static final int CANCEL = 0;
    /** In the order the chooser offers them. */
    private static final List<ExportFormat> FORMATS = List.of(ExportFormat.SVG, ExportFormat.PDF, ExportFormat.PNG);

    private final ChartToolkit toolkit;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ChartClipboard clipboard;
    private final ResourceBundle bundle;
    private final Consumer<String> status;
    private final Clock clock;

    /** @param status shows a one-line outcome ("Chart copied") in the view */
    public ChartExportActions(ChartToolkit toolkit, TaskExecutor executor, DialogService dialogs, ChartClipboard clipboard,
                              ResourceBundle bundle, Consumer<String> status) {
        this(toolkit, executor, dialogs, clipboard, bundle, status, Clock.systemDefaultZone());
    }

    /** @param clock today's date, in the default file name */
    ChartExportActions(ChartToolkit toolkit, TaskExecutor executor, DialogService dialogs, ChartClipboard clipboard,
                       ResourceBundle bundle, Consumer<String> status, Clock clock) {
        this.clock = clock;
        this.toolkit = toolkit;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.bundle = bundle;
        this.status = status;
    }

    /**
     * Asks where to save (the type chosen, or the extension typed, picks SVG, PDF or PNG; the default
     * name says which chart, under which filter, on which day) and, for PNG, at which scale.
     */
    public void exportWithDialog(ChartModel model, String suggestedName, double width, double height) {
        FileSpec spec = FileSpec.of(bundle.getString("charts.export.title"),
                        FileType.of(bundle.getString("charts.export.type.svg"), "*.svg"),
                        FileType.of(bundle.getString("charts.export.type.pdf"), "*.pdf"),
                        FileType.of(bundle.getString("charts.export.type.png"), "*.png"))
                .withInitialFileName(ExportNames.defaultName(suggestedName, model.request().filter(), LocalDate.now(clock),
                        ExportFormat.SVG.extension()));
        Optional<DialogService.SaveChoice> chosen = dialogs.saveExport(spec);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().file();
        ExportFormat format = FORMATS.get(chosen.get().type());
        int scale = 1;
        if (format == ExportFormat.PNG) {
            List<Integer> choices = new java.util.ArrayList<>(SCALES);
            choices.add(CANCEL);
            Optional<Integer> picked = dialogs.choose(bundle.getString("charts.export.scale.title"),
                    bundle.getString("charts.export.scale.message"), choices,
                    n -> n == CANCEL ? bundle.getString("charts.export.scale.cancel")
                            : fill(bundle.getString("charts.export.scale.choice"), n, pixels(width, n), pixels(height, n)));
            if (picked.isEmpty() || picked.get() == CANCEL) {
                return;
            }
            scale = picked.get();
        }
        export(model, file, format, size(width, height, scale));
    }

    /**
     * Writes the chart to the file in the background through the export service; the outcome shows
     * in the status line or an error dialog (a file that is the open register is refused there).
     */
    public void export(ChartModel model, Path file, ExportFormat format, ImageSize size) {
        executor.execute(BackgroundTask.of(fill(bundle.getString("charts.export.task"), file.getFileName()), progress -> {
            toolkit.exports().writeChart(model, format, size, file, new ExportControl(ReportProgress.NONE, progress::isCancelled));
            return file;
        }).onSuccess(done -> dialogs.showExported(bundle.getString("charts.export.done.title"),
                        fill(bundle.getString("charts.export.done"), done), done))
                .onFailure(error -> failed(error, file)));
    }

    private void failed(Throwable error, Path file) {
        if (error instanceof CancellationException) {
            return;
        }
        if (error instanceof RefusedOutputException refused) {
            String db = refused.database().toString();
            String why = switch (refused.what()) {
                case REGISTER -> bundle.getString("charts.export.refused.register");
                case WORKING_FILE -> fill(bundle.getString("charts.export.refused.workingFile"), db);
                case BACKUP -> fill(bundle.getString("charts.export.refused.backup"), db);
            };
            dialogs.showError(bundle.getString("charts.export.refused.title"),
                    fill(bundle.getString("charts.export.refused"), file, why), List.of());
            return;
        }
        dialogs.showError(bundle.getString("charts.export.failed.title"), fill(bundle.getString("charts.export.failed"), file),
                List.of(new FailureTexts(Texts.choose(Optional.of(bundle.getLocale()))).say(error)));
    }

    /** Puts the chart on the clipboard as a PNG at twice its size, with its SVG beside it. */
    public void copy(ChartModel model, double width, double height) {
        ImageSize size = size(width, height, COPY_SCALE);
        executor.execute(BackgroundTask.of(bundle.getString("charts.copy.task"), progress -> {
            JFreeChart chart = toolkit.charts().create(model);
            BufferedImage image = toolkit.exporter().image(chart, size);
            String svg = toolkit.exporter().svg(chart, ImageSize.of(size.width(), size.height()));
            return new Copied(image, svg);
        }).onSuccess(copied -> {
            clipboard.put(copied.image(), copied.svg());
            status.accept(bundle.getString("charts.copy.done"));
        }).onFailure(error -> dialogs.showError(bundle.getString("charts.copy.failed"), new FailureTexts(Texts.choose(Optional.of(bundle.getLocale()))).say(error), List.of())));
    }

    /** The size on screen, kept within what the exporter accepts. */
    static ImageSize size(double width, double height, int scale) {
        return new ImageSize(clamp(width), clamp(height), scale);
    }

    private static int clamp(double side) {
        return (int) Math.max(ImageSize.MIN_SIDE, Math.min(ImageSize.MAX_SIDE, Math.round(side)));
    }

    private static int pixels(double side, int scale) {
        return clamp(side) * scale;
    }

    private String fill(String pattern, Object... args) {
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    private record Copied(BufferedImage image, String svg) {
    }
}
