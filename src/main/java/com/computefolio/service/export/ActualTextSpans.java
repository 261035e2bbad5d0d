package com.computefolio.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Moves the ActualText of each marked-content span into the content stream itself. PDFBox's content
 * stream can only name a property list kept in the resources ({@code /Span /Prop0 BDC}), which the PDF
 * standard allows but poppler ({@code pdftotext}, Evince, Okular) ignores: it reads ActualText only
 * from a dictionary written in place ({@code /Span <</ActualText (…)>> BDC}). A drawing without such
 * spans (any drawing without right-to-left text) is left untouched, byte for byte.
 */
final class ActualTextSpans {

    private ActualTextSpans() {
    }

    /** Rewrites the form's content so each span carries its property list in place. */
    static void inline(PDFormXObject form) throws IOException {
        COSDictionary resources = form.getResources() == null ? null : form.getResources().getCOSObject();
        COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return;
        }
        PDFStreamParser parser = new PDFStreamParser(form);
        List<Object> tokens;
        try {
            tokens = parser.parse();
        } finally {
            parser.close();
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && OperatorName.BEGIN_MARKED_CONTENT_SEQ.equals(op.getName())
                    && tokens.get(i - 1) instanceof COSName name) {
                COSBase list = properties.getDictionaryObject(name);
                if (list instanceof COSDictionary dictionary) {
                    tokens.set(i - 1, dictionary);
                }
            }
        }
        try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        resources.removeItem(COSName.PROPERTIES);
    }
}
