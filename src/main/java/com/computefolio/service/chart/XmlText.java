package com.computefolio.service.chart;

/**
 * Keeps an SVG document well-formed whatever the names in it hold. JFreeSVG escapes markup but
 * passes every other character through, and XML 1.0 cannot hold most C0 control characters,
 * U+FFFE, U+FFFF or a surrogate without its pair: one ESC in a party name (possible in a database
 * written before imports refused it) made the whole file unreadable. Such characters become U+FFFD,
 * the replacement character, so the reader sees that something was there.
 */
public final class XmlText {

    private XmlText() {
    }

    /** The document with every character XML 1.0 forbids replaced by U+FFFD. */
    public static String withoutForbiddenCharacters(String xml) {
        StringBuilder sb = null;
        for (int i = 0; i < xml.length(); i++) {
            char c = xml.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < xml.length() && Character.isLowSurrogate(xml.charAt(i + 1));
            boolean forbidden = !pair && ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF'
                    || Character.isSurrogate(c));
            if (forbidden && sb == null) {
                sb = new StringBuilder(xml.length()).append(xml, 0, i);
            }
            if (sb != null) {
                sb.append(forbidden ? '\uFFFD' : c);
                if (pair) {
                    sb.append(xml.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return sb == null ? xml : sb.toString();
    }
}
