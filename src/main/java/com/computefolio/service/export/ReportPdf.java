package com.computefolio.service.export;

import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.render.TextDirection;
import com.computefolio.service.chart.ChartText;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Lays a report out into pages and writes the PDF: pagination first, so that the contents and
 * every footer know the page numbers; then each page drawn through one Graphics2D canvas (a form
 * XObject with the embedded fonts), with links for the contents and the source URLs and an outline
 * (bookmarks) for the reader's sidebar.
 */
final class ReportPdf {

    private final ReportPainter painter;
    private final ChartFonts fonts;
    private final ChartText text;
    private final Clock clock;
    private final ReportTablePainter tables;
    private final boolean rightToLeft;

    ReportPdf(ReportPainter painter, ChartFonts fonts, ChartText text, Clock clock) {
        this.painter = painter;
        this.fonts = fonts;
        this.text = text;
        this.clock = clock;
        this.tables = new ReportTablePainter(fonts);
        this.rightToLeft = TextDirection.of(text.locale()).isRightToLeft();
    }

    /** A page to draw: what goes on it. */
    private sealed interface PagePlan permits TitlePlan, ContentsPlan, ChartPlan, ComparisonPlan, DealsPlan, TablePlan,
            SourcesPlan {
    }

    /** A part of the title page's column: the first beside the title, any others continuing it (TitleColumn). */
    private record TitlePlan(List<TitleColumn.Line> lines, boolean first) implements PagePlan {
    }

    private record ContentsPlan() implements PagePlan {
    }

    private record ChartPlan(int chart) implements PagePlan {
    }

    private record ComparisonPlan() implements PagePlan {
    }

    private record DealsPlan(int from, int to) implements PagePlan {
    }

    /** Rows {@code from} to {@code to} of the report's table number {@code table}. */
    private record TablePlan(int table, int from, int to) implements PagePlan {
    }

    private record SourcesPlan(List<ReportPainter.SourceEntry> entries, boolean first) implements PagePlan {
    }

    /** Writes the report to the stream and returns its page count. */
    int write(ReportContent content, OutputStream out, BooleanSupplier cancelled) throws IOException {
        List<PagePlan> plan = plan(content);
        List<ReportPainter.ContentsEntry> contents = contents(content, plan);
        try (PDDocument document = new PDDocument()) {
            PdfFonts pdfFonts = PdfFonts.embed(document, fonts, TextDirection.of(text.locale()));
            List<PDPage> pages = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                PDPage page = new PDPage(new PDRectangle(ReportPainter.PAGE_WIDTH, ReportPainter.PAGE_HEIGHT));
                document.addPage(page);
                pages.add(page);
            }
            List<List<ReportPainter.LinkArea>> links = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                ReportCancellation.check(cancelled);
                links.add(draw(document, pdfFonts, pages.get(i), plan.get(i), content, contents, i + 1, plan.size()));
            }
            for (int i = 0; i < pages.size(); i++) {
                addLinks(pages.get(i), links.get(i), pages);
            }
            outline(document, contents, pages, pages.get(indexOfContents(plan)));
            info(document, content);
            ReportCancellation.check(cancelled);
            document.save(out);
        }
        return plan.size();
    }

    private List<PagePlan> plan(ReportContent content) {
        List<PagePlan> plan = new ArrayList<>();
        List<List<TitleColumn.Line>> title = painter.titleColumn(content.facts(), content.summary(), content.note(),
                content.netting(), content.placements());
        for (int part = 0; part < title.size(); part++) {
            plan.add(new TitlePlan(title.get(part), part == 0));
        }
        plan.add(new ContentsPlan());
        for (int i = 0; i < content.charts().size(); i++) {
            plan.add(new ChartPlan(i));
        }
        if (content.comparison() != null) {
            plan.add(new ComparisonPlan());
        }
        int perPage = ReportPainter.dealRowsPerPage();
        for (int from = 0; from < content.deals().size(); from += perPage) {
            plan.add(new DealsPlan(from, Math.min(content.deals().size(), from + perPage)));
        }
        for (int t = 0; t < content.tables().size(); t++) {
            ReportTable table = content.tables().get(t);
            int from = 0;
            do {
                int to = Math.min(table.rows().size(), from + tables.rowsPerPage(table, from == 0));
                plan.add(new TablePlan(t, from, to));
                from = to;
            } while (from < table.rows().size());
        }
        List<ReportPainter.SourceEntry> page = new ArrayList<>();
        float used = 0;
        boolean first = true;
        for (ReportPainter.SourceEntry entry : content.sources()) {
            if (!page.isEmpty() && used + entry.height() > ReportPainter.sourcesSpace(first)) {
                plan.add(new SourcesPlan(page, first));
                page = new ArrayList<>();
                used = 0;
                first = false;
            }
            page.add(entry);
            used += entry.height();
        }
        if (!page.isEmpty()) {
            plan.add(new SourcesPlan(page, first));
        }
        return plan;
    }

    private List<ReportPainter.ContentsEntry> contents(ReportContent content, List<PagePlan> plan) {
        List<ReportPainter.ContentsEntry> entries = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            PagePlan page = plan.get(i);
            if (page instanceof ChartPlan chart) {
                entries.add(new ReportPainter.ContentsEntry(content.models().get(chart.chart()).title(), i + 1, true));
            } else if (page instanceof ComparisonPlan) {
                entries.add(new ReportPainter.ContentsEntry(content.comparison().title(), i + 1, false));
            } else if (page instanceof DealsPlan deals && deals.from() == 0) {
                entries.add(new ReportPainter.ContentsEntry(content.dealsTitle(), i + 1, false));
            } else if (page instanceof TablePlan table && table.from() == 0) {
                entries.add(new ReportPainter.ContentsEntry(content.tables().get(table.table()).title(), i + 1, false));
            } else if (page instanceof SourcesPlan sources && sources.first()) {
                entries.add(new ReportPainter.ContentsEntry(text.get("report.sources"), i + 1, false));
            }
        }
        return entries;
    }

    private List<ReportPainter.LinkArea> draw(PDDocument document, PdfFonts pdfFonts, PDPage page, PagePlan plan,
                                             ReportContent content, List<ReportPainter.ContentsEntry> contents,
                                             int number, int total) throws IOException {
        PdfBoxGraphics2D canvas = pdfFonts.canvas(document, ReportPainter.PAGE_WIDTH, ReportPainter.PAGE_HEIGHT);
        canvas.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        canvas.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Graphics2D g = canvas;
        List<ReportPainter.LinkArea> links = List.of();
        try {
            if (plan instanceof ChartPlan chart) {
                // Charts keep their layout in every language (the time axis runs left to right): drawn first, unmirrored.
                painter.chartPage(canvas, content.charts().get(chart.chart()));
            }
            // A right-to-left report is the same layout mirrored.
            g = rightToLeft ? MirroredPage.of(canvas, ReportPainter.PAGE_WIDTH) : canvas;
            if (plan instanceof TitlePlan title && title.first()) {
                painter.titlePage(g, content.portfolio(), title.lines());
                painter.glanceTable(g, content.glance());
            } else if (plan instanceof TitlePlan title) {
                painter.titleContinued(g, title.lines());
            } else if (plan instanceof ContentsPlan) {
                links = painter.contentsPage(g, contents);
            } else if (plan instanceof ComparisonPlan) {
                new ComparisonPainter(fonts).page(g, content.comparison());
            } else if (plan instanceof DealsPlan deals) {
                painter.dealsPage(g, content.deals().subList(deals.from(), deals.to()),
                        content.sourceNumbers().subList(deals.from(), deals.to()), content.dealsTitle(), deals.from() > 0);
            } else if (plan instanceof TablePlan table) {
                ReportTable shown = content.tables().get(table.table());
                tables.page(g, shown, shown.rows().subList(table.from(), table.to()), table.from() == 0,
                        text.get("report.continued", shown.title()));
            } else if (plan instanceof SourcesPlan sources) {
                links = painter.sourcesPage(g, sources.entries(), sources.first());
            }
            painter.footer(g, text.get("report.footer", content.portfolio()), number, total);
        } finally {
            if (g != canvas) {
                g.dispose();
            }
            canvas.dispose();
        }
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            stream.drawForm(canvas.getXFormObject());
        }
        return rightToLeft ? links.stream().map(ReportPdf::mirrored).toList() : links;
    }

    /** A link area where the mirrored page put what it covers. */
    private static ReportPainter.LinkArea mirrored(ReportPainter.LinkArea link) {
        var r = link.area();
        double x = MirroredPage.mirrorX(r.getX(), r.getWidth(), ReportPainter.PAGE_WIDTH);
        return new ReportPainter.LinkArea(new Rectangle2D.Double(x, r.getY(), r.getWidth(), r.getHeight()), link.url(), link.page());
    }

    /** Page coordinates have y down from the top; PDF's go up from the bottom. */
    private static void addLinks(PDPage page, List<ReportPainter.LinkArea> areas, List<PDPage> pages) throws IOException {
        for (ReportPainter.LinkArea area : areas) {
            PDAnnotationLink link = new PDAnnotationLink();
            var r = area.area();
            link.setRectangle(new PDRectangle((float) r.getX(), (float) (ReportPainter.PAGE_HEIGHT - r.getMaxY()),
                    (float) r.getWidth(), (float) r.getHeight()));
            PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
            noBorder.setWidth(0);
            link.setBorderStyle(noBorder);
            if (area.url() != null) {
                PDActionURI action = new PDActionURI();
                action.setURI(area.url());
                link.setAction(action);
            } else {
                PDActionGoTo action = new PDActionGoTo();
                action.setDestination(destination(pages.get(area.page() - 1)));
                link.setAction(action);
            }
            page.getAnnotations().add(link);
        }
    }

    /** The contents page's place: after the title page and any pages continuing it. */
    private static int indexOfContents(List<PagePlan> plan) {
        int index = 0;
        while (!(plan.get(index) instanceof ContentsPlan)) {
            index++;
        }
        return index;
    }

    private void outline(PDDocument document, List<ReportPainter.ContentsEntry> contents, List<PDPage> pages, PDPage contentsPage) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem title = item(text.get("report.title"), pages.get(0));
        outline.addLast(title);
        outline.addLast(item(text.get("report.contents"), contentsPage));
        for (ReportPainter.ContentsEntry entry : contents) {
            outline.addLast(item(entry.title(), pages.get(entry.page() - 1)));
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static PDOutlineItem item(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination(page));
        return item;
    }

    private static PDPageFitDestination destination(PDPage page) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        return destination;
    }

    private void info(PDDocument document, ReportContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(text.get("report.title") + " \u2014 " + content.portfolio());
        info.setCreator("Computefolio");
        GregorianCalendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        now.setTimeInMillis(clock.millis());
        info.setCreationDate(now);
    }
}
