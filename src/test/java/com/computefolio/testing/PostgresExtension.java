package com.computefolio.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension for tests against a real PostgreSQL: starts the JVM's {@link PostgresServer} before
 * the class (once per JVM, stopped at exit) and hands it to test and lifecycle methods that ask for it.
 * Fails, never skips, when the server binaries are missing.
 */
public final class PostgresExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        PostgresServer.shared();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return PostgresServer.shared();
    }
}
