package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.service.StorageException;
import com.computefolio.service.text.Texts;
import com.computefolio.testing.EnglishLeft;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.support.ScriptedDialogs;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An export the disk refuses is explained in the window's language, naming the file as written (issue 16). */
class ArabicExportFailureTest {

    @Test
    void anExportOntoAFullDiskSaysSoInArabic() {
        Path target = Path.of("/exports/deals.pdf");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        StorageException full = new StorageException("Could not write " + target + ": No space left on device",
                ProblemText.say(ProblemKey.CANNOT_WRITE_FILE, target),
                new FileSystemException(target.toString(), null, "No space left on device"));

        new OutputRefusals(dialogs, new Messages(Texts.arabic())).exportFailed(full, target);

        assertThat(dialogs.errors()).hasSize(1);
        String shown = dialogs.errors().get(0);
        assertThat(shown).contains("تعذّرت كتابة " + target + ": القرص ممتلئ ولم يُكتب شيء");
        EnglishLeft.assertNoEnglishIn(shown, target.toString());
    }
}
