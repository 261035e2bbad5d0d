package com.computefolio.io.json;

import com.computefolio.domain.Problem;
import com.computefolio.io.ProblemLocator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the line and column of the values that problems point at, by JSON path, in one streaming
 * pass over the file's text that only descends into the objects and arrays on the way to those
 * paths. Done after all checks, for the problems found, rather than by recording the location of
 * every value while parsing: that costs a string per value and, for a 100 MB file, a gigabyte of
 * memory. A path that is not in the file (a missing field) is placed at the nearest enclosing value.
 */
final class JsonLocator implements ProblemLocator {

    private final String fileName;
    private final byte[] bytes;
    private final int start;
    private final JsonFactory factory;

    /** For the UTF-8 text in {@code bytes} from {@code start} on (after a byte-order mark). */
    JsonLocator(String fileName, byte[] bytes, int start, JsonFactory factory) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.start = start;
        this.factory = factory;
    }

    @Override
    public Problem locate(Problem problem) {
        return locateAll(List.of(problem)).get(0);
    }

    /** Problems that already have a line keep it; the others get the line and column of their path. */
    @Override
    public List<Problem> locateAll(List<Problem> problems) {
        Set<String> wanted = new HashSet<>();
        for (Problem p : problems) {
            if (p.line() == 0 && p.path() != null) {
                // The path and every enclosing path: the walk must pass through them.
                String path = rooted(p.path());
                while (path != null && wanted.add(path)) {
                    path = JsonPath.parent(path);
                }
            }
        }
        Map<String, long[]> found = wanted.isEmpty() ? Map.of() : find(wanted);
        return problems.stream().map(p -> place(p, found)).toList();
    }

    private Problem place(Problem problem, Map<String, long[]> found) {
        if (problem.line() > 0 || problem.path() == null) {
            return problem.file() == null ? problem.inFile(fileName) : problem;
        }
        String path = rooted(problem.path());
        for (String p = path; p != null; p = JsonPath.parent(p)) {
            long[] at = found.get(p);
            if (at != null) {
                return problem.located(fileName, (int) at[0], (int) at[1], path);
            }
        }
        return problem.located(fileName, 0, 0, path);
    }

    private Map<String, long[]> find(Set<String> wanted) {
        Map<String, long[]> found = new HashMap<>();
        try (JsonParser parser = factory.createParser(bytes, start, bytes.length - start)) {
            JsonToken first = parser.nextToken();
            if (first != null) {
                walk(parser, JsonPath.ROOT, wanted, new JsonDocumentReader.Locations(bytes, start), found);
            }
        } catch (IOException e) {
            // The text parsed before; if it no longer does, the problems keep what they have.
        }
        return found;
    }

    /** At a value's first token: records it if wanted and descends only towards wanted paths. */
    private static void walk(JsonParser p, String path, Set<String> wanted, JsonDocumentReader.Locations locations,
                             Map<String, long[]> found) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        // putIfAbsent: for a key given twice, the first one (the one that was read)
        found.putIfAbsent(path, new long[] {JsonDocumentReader.Locations.line(at), locations.column(at)});
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String child = JsonPath.field(path, p.currentName());
                p.nextToken();
                visitOrSkip(p, child, wanted, locations, found);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                visitOrSkip(p, JsonPath.index(path, i++), wanted, locations, found);
            }
        }
    }

    private static void visitOrSkip(JsonParser p, String path, Set<String> wanted, JsonDocumentReader.Locations locations,
                                    Map<String, long[]> found) throws IOException {
        if (wanted.contains(path)) {
            walk(p, path, wanted, locations, found);
        } else {
            p.skipChildren();
        }
    }

    /** Paths from the checks after mapping are relative to the document; in the file they start at "$". */
    private static String rooted(String path) {
        return path.startsWith(JsonPath.ROOT) ? path : JsonPath.ROOT + (path.isEmpty() ? "" : "." + path);
    }
}
