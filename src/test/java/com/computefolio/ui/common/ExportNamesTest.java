package com.computefolio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.DealFilter;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.ui.common.DialogService.FileType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportNamesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final List<FileType> CHART = List.of(FileType.of("SVG", "*.svg"), FileType.of("PDF", "*.pdf"),
            FileType.of("PNG", "*.png"));
    private static final Path DIR = Path.of("exports");

    @Test
    void aDefaultNameSaysWhatAndTheDay() {
        assertThat(ExportNames.defaultName("computefolio-deals", DealFilter.ALL, TODAY, "csv"))
                .isEqualTo("computefolio-deals-2026-12-07.csv");
        assertThat(ExportNames.defaultName("commitments-by-counterparty", DealFilter.ALL, TODAY, "svg"))
                .isEqualTo("commitments-by-counterparty-2026-12-07.svg");
    }

    @Test
    void aDefaultNameSaysWhatNarrowsTheExport() {
        DealFilter filter = new DealFilter("Core Weave GPUs!", Set.of(), Set.of(), Set.of(), Set.of(), null, null,
                LocalDate.of(2025, 6, 30), Set.of()).withScenario(Scenarios.builtIn().all().get(1));

        assertThat(ExportNames.defaultName("computefolio-report", filter, TODAY, "pdf"))
                .isEqualTo("computefolio-report-" + ExportNames.slug(Scenarios.builtIn().all().get(1).name())
                        + "-as-of-2025-06-30-core-weave-gpus-2026-12-07.pdf");
    }

    @Test
    void aLongSearchIsShortenedAndAccentsAreDropped() {
        String name = ExportNames.defaultName("computefolio-deals", DealFilter.ALL.withText("Société Générale and the very long rest"),
                TODAY, "csv");

        assertThat(name).isEqualTo("computefolio-deals-societe-generale-and-the-2026-12-07.csv");
    }

    @ParameterizedTest(name = "{0} with type {1} selected is {2} as {3}")
    @CsvSource({
            "chart.svg, 0, chart.svg, 0",
            "chart.png, 0, chart.png, 2",  // the typed extension wins over the type left selected
            "chart.PDF, 2, chart.PDF, 1",
            "chart, 2, chart.png, 2",      // no extension: the selected type's
            "chart., 1, chart.pdf, 1",
            "q3.v2, 0, q3.v2.svg, 0",      // an extension of no export is part of the name
            "register.db, 1, register.db.pdf, 1"
    })
    void theNameAndTheTypeAgree(String typed, int selected, String file, int type) {
        ExportNames.Resolution resolved = ExportNames.resolve(DIR.resolve(typed), CHART, selected);

        assertThat(resolved.file()).isEqualTo(DIR.resolve(file));
        assertThat(resolved.type()).isEqualTo(type);
        assertThat(resolved.conflict()).isFalse();
    }

    @Test
    void theExtensionOfAFormatThisExportCannotWriteIsAConflictWithTheNameItWouldGet() {
        ExportNames.Resolution resolved = ExportNames.resolve(DIR.resolve("chart.csv"), CHART, 1);

        assertThat(resolved.conflict()).isTrue();
        assertThat(resolved.file()).isEqualTo(DIR.resolve("chart.pdf"));
        assertThat(resolved.type()).isEqualTo(1);
    }
}
