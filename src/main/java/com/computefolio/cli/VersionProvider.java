package com.computefolio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into {@code computefolio-version.properties} at build time. */
final class VersionProvider implements IVersionProvider {
    static final String RESOURCE = "/computefolio-version.properties";

    @Override
    public String[] getVersion() throws IOException {
        Properties props = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                props.load(in);
            }
        }
        return new String[] {"computefolio " + props.getProperty("version", "(development build)")};
    }
}
