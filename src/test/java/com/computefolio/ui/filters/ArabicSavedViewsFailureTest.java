package com.computefolio.ui.filters;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.text.Texts;
import com.computefolio.service.view.ViewFile;
import com.computefolio.testing.EnglishLeft;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.ScriptedDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A views file the parser refuses is explained in the window's language, with its line and column (issue 16). */
class ArabicSavedViewsFailureTest {
    @TempDir
    Path folder;

    @Test
    void aMalformedViewsFileIsExplainedInArabicWithItsPlaceInTheFile() throws IOException {
        Path file = Files.writeString(folder.resolve(ViewFile.FILE_NAME), "{\"formatVersion\": 1, \"views\": [ {\"name\" \"x\"} ]}");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        SavedViewsViewModel views = new SavedViewsViewModel(new FiltersViewModel(new WorkspaceModel()), dialogs,
                new Messages(Texts.arabic()));

        views.open(folder.resolve("register.db"));

        assertThat(dialogs.errors()).hasSize(1);
        String shown = dialogs.errors().get(0);
        assertThat(shown).contains("تعذّرت قراءة " + file + ":1:").contains("حرف غير متوقع «\"» في موضع نقطتين بين اسم الحقل وقيمته");
        EnglishLeft.assertNoEnglishIn(shown, file.toString(), ViewFile.FILE_NAME);
    }
}
