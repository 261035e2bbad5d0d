package com.computefolio.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned schema script from the classpath ("db/migration/V1__schema.sql"), split into its
 * statements. Scripts are static text shipped with the application, never built from user input.
 */
record MigrationScript(int version, String resource, List<String> statements) {

    private static final Pattern NAME = Pattern.compile("(?:.*/)?V(\\d+)__[^/]+\\.sql");

    MigrationScript {
        statements = List.copyOf(statements);
    }

    static MigrationScript load(String resource) {
        Matcher name = NAME.matcher(resource);
        if (!name.matches()) {
            throw new IllegalArgumentException("a migration script is named V<version>__<what>.sql: " + resource);
        }
        try (InputStream in = MigrationScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the classpath: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new MigrationScript(Integer.parseInt(name.group(1)), resource, split(text));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script " + resource, e);
        }
    }

    /** Splits on semicolons outside quoted text and drops "--" comments. */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (!quoted && c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                while (i < script.length() && script.charAt(i) != '\n') {
                    i++;
                }
                current.append('\n');
            } else if (!quoted && c == ';') {
                addIfNotBlank(statements, current);
                current.setLength(0);
            } else {
                if (c == '\'') {
                    quoted = !quoted;
                }
                current.append(c);
            }
        }
        addIfNotBlank(statements, current);
        return statements;
    }

    private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
        String text = statement.toString().strip();
        if (!text.isEmpty()) {
            statements.add(text);
        }
    }
}
