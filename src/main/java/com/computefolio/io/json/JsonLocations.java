package com.computefolio.io.json;

import com.computefolio.domain.Problem;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a parsed JSON document starts (line and column, 1-based), by JSON path, so
 * that problems found long after parsing, on DTOs or domain values, can still point into the file.
 */
final class JsonLocations {

    private final Map<String, long[]> byPath = new HashMap<>();

    void record(String path, int line, int column) {
        byPath.putIfAbsent(path, new long[] {line, column});
    }

    /**
     * The problem with file, line and column filled in. A path that is not in the document (a
     * missing field) is placed at the nearest enclosing value that is.
     */
    Problem locate(String fileName, Problem problem) {
        String path = problem.path();
        while (path != null) {
            long[] at = byPath.get(path);
            if (at != null) {
                return new Problem(fileName, (int) at[0], (int) at[1], problem.path(), problem.message(), problem.expected());
            }
            path = JsonPath.parent(path);
        }
        return problem.inFile(fileName);
    }
}
