package com.computefolio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.ui.support.ScriptedDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportedNoticeTest {
    private static final Path FILE = Path.of("exports", "computefolio-deals-2026-12-07.csv");

    @ParameterizedTest(name = "button {0} does {1}")
    @CsvSource({"0, open", "1, folder", "2, nothing"})
    void eachButtonOfTheNoticeHandsTheFileToTheDesktopOrCloses(int button, String expected) {
        List<String> done = new ArrayList<>();
        FileOpener opener = new FileOpener() {
            @Override
            public void open(Path file) {
                done.add("open " + file);
            }

            @Override
            public void showInFolder(Path file) {
                done.add("folder " + file);
            }
        };
        ScriptedDialogs dialogs = new ScriptedDialogs().chooseNext(button);

        new ExportedNotice((title, message, labels) -> dialogs.choose(title, message, labels, label -> label).map(labels::indexOf),
                opener, Messages.english()).show("Export finished", "Written to " + FILE, FILE);

        assertThat(dialogs.shown()).containsExactly("Export finished");
        assertThat(done).containsExactlyElementsOf(expected.equals("nothing") ? List.of() : List.of(expected + " " + FILE));
    }
}
