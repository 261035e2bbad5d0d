package com.computefolio.service.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reads exported files back with real readers: an XML parser for SVG, PDFBox for PDF. */
final class OutputReaders {

    private OutputReaders() {
    }

    /** The text content of every {@code <text>} element, in document order. */
    static List<String> svgTexts(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // The SVG names the W3C DTD; never fetch it (tests run offline).
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document document = builder.parse(svg.toFile());
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    static int pdfPages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** Every font used on any page, including inside form XObjects, as "name embedded?". */
    static List<PDFont> pdfFonts(Path pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, 0);
            }
            // Touch each font while the document is open, so callers can read its properties.
            fonts.forEach(f -> f.isEmbedded());
            return fonts;
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, depth + 1);
            }
        }
    }

    /** Every glyph of one page (1-based) with where it stands, as PDFBox's text extraction places it. */
    static List<TextPosition> glyphPositions(PDDocument document, int page) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
                found.addAll(textPositions);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return found;
    }
}
