package com.computefolio.service.export;

import com.computefolio.service.chart.XmlText;
import com.computefolio.io.AtomicFiles;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.render.ScriptTextGraphics;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Writes a chart to SVG, PDF or PNG by painting the same {@link JFreeChart} the window shows onto
 * the format's own Graphics2D: vectors with real text for SVG and PDF, and for PNG a fresh drawing
 * at the requested scale. Every file is written atomically: a failed export leaves no file behind
 * and never half-overwrites an existing one.
 */
public final class ChartExporter {

    private final JFreeChartFactory charts;
    private final ChartFonts fonts;
    private final PngWriter png = new PngWriter();

    public ChartExporter(JFreeChartFactory charts, ChartFonts fonts) {
        this.charts = charts;
        this.fonts = fonts;
    }

    /** Draws the model and writes it in the given format. */
    public void export(ChartModel model, ExportFormat format, ImageSize size, Path out) throws IOException {
        JFreeChart chart = charts.create(model);
        switch (format) {
            case SVG -> writeSvg(chart, size, out);
            case PDF -> writePdf(chart, model.title(), size, out);
            case PNG -> writePng(chart, size, out);
        }
    }

    public void writeSvg(JFreeChart chart, ImageSize size, Path out) throws IOException {
        String svg = svg(chart, size);
        AtomicFiles.write(out, stream -> stream.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    public void writePdf(JFreeChart chart, String title, ImageSize size, Path out) throws IOException {
        AtomicFiles.write(out, stream -> pdf(chart, title, size, stream));
    }

    public void writePng(JFreeChart chart, ImageSize size, Path out) throws IOException {
        BufferedImage image = image(chart, size);
        AtomicFiles.write(out, stream -> png.write(image, size.scale(), stream));
    }

    /** The chart as an SVG document; text stays text ({@code <text>} elements), escaped for XML. */
    public String svg(JFreeChart chart, ImageSize size) {
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        // Readers without DejaVu Sans fall back to a similar sans-serif instead of a serif default.
        // Double quotes: JFreeSVG puts the family inside a single-quoted style attribute.
        g.setFontFunction(ScriptTextGraphics::svgFamilies);
        chart.draw(ScriptTextGraphics.forSvg(g, charts.direction()), new Rectangle2D.Double(0, 0, size.width(), size.height()));
        return XmlText.withoutForbiddenCharacters(g.getSVGDocument());
    }

    /** Writes the chart as a one-page vector PDF of the chart's size, fonts embedded. */
    public void pdf(JFreeChart chart, String title, ImageSize size, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts pdfFonts = PdfFonts.embed(document, fonts, charts.direction());
            PDPage page = new PDPage(new PDRectangle(size.width(), size.height()));
            document.addPage(page);
            PdfBoxGraphics2D g = pdfFonts.canvas(document, size.width(), size.height());
            try {
                chart.draw(g, new Rectangle2D.Double(0, 0, size.width(), size.height()));
            } finally {
                g.dispose();
            }
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Computefolio");
            document.save(out);
        }
    }

    /** The chart drawn at {@code size.scale()} times its size: every pixel drawn, none enlarged. */
    public BufferedImage image(JFreeChart chart, ImageSize size) {
        BufferedImage image = new BufferedImage(size.pixelWidth(), size.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(size.scale(), size.scale());
            chart.draw(ScriptTextGraphics.forImage(g, charts.direction()), new Rectangle2D.Double(0, 0, size.width(), size.height()));
        } finally {
            g.dispose();
        }
        return image;
    }
}
