package com.computefolio.io.json;

import java.util.regex.Pattern;

/** Builds JSON paths in the form problems report them: {@code $.deals[3].revisions[0].value.amount}. */
final class JsonPath {

    static final String ROOT = "$";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPath() {
    }

    static String field(String parent, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The enclosing path, or null for the root: {@code $.a[2].b -> $.a[2] -> $.a -> $}. */
    static String parent(String path) {
        if (path == null || path.equals(ROOT)) {
            return null;
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? ROOT : path.substring(0, cut);
    }
}
