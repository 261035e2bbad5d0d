package com.computefolio.app;

import com.computefolio.service.ImportOptions;
import com.computefolio.service.ImportResult;
import com.computefolio.service.PortfolioService;
import com.computefolio.service.StorageException;
import com.computefolio.service.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The curated portfolio shipped inside the jar ({@code data/openai-portfolio.json}). It goes in
 * through the ordinary import, so it is validated exactly like a user's file; since the importer
 * reads files, the resource is first copied to a temporary folder under its own name, which keeps
 * any problem message pointing at "openai-portfolio.json".
 */
final class CuratedData {
    static final String RESOURCE = "/data/openai-portfolio.json";

    private final String resource;

    CuratedData(String resource) {
        this.resource = resource;
    }

    static CuratedData bundled() {
        return new CuratedData(RESOURCE);
    }

    static CuratedData of(Datasets.Dataset dataset) {
        return new CuratedData(dataset.resource());
    }

    /** The seed of a new register: a problem in the shipped data is a defect of the application. */
    ImportResult importInto(PortfolioService service) {
        try {
            return importChecked(service, ImportOptions.DEFAULT);
        } catch (ValidationException e) {
            throw new IllegalStateException("the curated data " + resource + " is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * The dataset imported into a register that may already hold deals: a clash with what is
     * there (a taken-back revision, a party under another name) is the user's to decide, so it
     * comes back as the import's own refusal.
     */
    ImportResult importChecked(PortfolioService service, ImportOptions options) throws ValidationException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("computefolio-seed");
            Path copy = dir.resolve(fileName());
            try (InputStream in = CuratedData.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the curated data " + resource + " is missing from the application");
                }
                Files.copy(in, copy);
            }
            return service.importFiles(List.of(copy), options);
        } catch (IOException e) {
            throw new StorageException("cannot prepare the curated data: " + e.getMessage(), e);
        } finally {
            deleteTree(dir);
        }
    }

    private String fileName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Best effort: a leftover copy in the temp folder must not hide the import's own outcome.
        }
    }
}
