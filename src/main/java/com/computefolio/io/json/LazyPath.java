package com.computefolio.io.json;

/**
 * A JSON path built one step at a time and turned into text only when a problem needs it: walking
 * a large file must not build a string for every value.
 */
final class LazyPath {

    static final LazyPath ROOT = new LazyPath(null, null, -1);

    private final LazyPath parent;
    private final String field;
    private final int index;

    private LazyPath(LazyPath parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    LazyPath field(String name) {
        return new LazyPath(this, name, -1);
    }

    LazyPath index(int i) {
        return new LazyPath(this, null, i);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return JsonPath.ROOT;
        }
        return field != null ? JsonPath.field(parent.toString(), field) : JsonPath.index(parent.toString(), index);
    }
}
