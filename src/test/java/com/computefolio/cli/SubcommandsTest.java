package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** Which subcommands a command line registers: only the one it names, none for --version, all when the list may show. */
class SubcommandsTest {

    @Test
    void everyCommandIsListedUnderTheNameItsAnnotationGives() {
        for (Map.Entry<String, Class<?>> entry : Subcommands.ALL.entrySet()) {
            assertThat(entry.getValue().getAnnotation(Command.class).name()).as(entry.getValue().getName())
                    .isEqualTo(entry.getKey());
        }
    }

    @Test
    void aNamedCommandIsTheOnlyOneRegistered() {
        assertThat(Subcommands.needed("summary")).containsExactly(SummaryCommand.class);
        assertThat(Subcommands.needed("--db", "chart", "report", "-o", "x.pdf")).containsExactly(ReportCommand.class);
        assertThat(Subcommands.needed("--db=r.db", "--lang", "ar", "chart", "--format", "svg")).containsExactly(ChartCommand.class);
        assertThat(Subcommands.needed("--version", "timeline")).containsExactly(TimelineCommand.class);
    }

    @Test
    void versionAloneRegistersNoCommand() {
        assertThat(Subcommands.needed("--version")).isEmpty();
        assertThat(Subcommands.needed("--db", "r.db", "-V")).isEmpty();
        assertThat(Subcommands.needed("--lang=ar", "--version")).isEmpty();
    }

    @Test
    void anythingThatMayShowTheListRegistersEveryCommand() {
        List<Class<?>> all = List.copyOf(Subcommands.ALL.values());
        assertThat(Subcommands.needed()).isEqualTo(all);
        assertThat(Subcommands.needed("--db", "r.db")).isEqualTo(all);
        assertThat(Subcommands.needed("help", "summary")).isEqualTo(all);
        assertThat(Subcommands.needed("--help")).isEqualTo(all);
        assertThat(Subcommands.needed("sumary")).isEqualTo(all);
        assertThat(Subcommands.needed("@args.txt")).isEqualTo(all);
        assertThat(all).contains(HelpCommand.class);
    }
}
