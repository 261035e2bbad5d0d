package com.computefolio.io.json;

/** Builds JSON paths in the form problems report them: {@code $.deals[3].revisions[0].value.amount}. */
final class JsonPath {

    static final String ROOT = "$";

    private JsonPath() {
    }

    static String field(String parent, String name) {
        if (isPlainName(name)) {
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

    /** Letters, digits and underscores, not starting with a digit: written as {@code .name}, else {@code ['name']}. */
    private static boolean isPlainName(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
