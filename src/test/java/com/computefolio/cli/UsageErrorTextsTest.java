package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The two ends of {@link UsageErrorTexts} no command of ours reaches: a value typed after a flag that takes none
 * (picocli keeps it only in its message), and a type this class does not know, whose text keeps picocli's words
 * behind the reader's lead-in.
 */
class UsageErrorTextsTest {

    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        @Option(names = "--flag", arity = "0")
        boolean flag;

        @Option(names = "--within", paramLabel = "DURATION")
        Duration within;

        @Override
        public Integer call() {
            return 0;
        }
    }

    private static String firstLine(Locale language, String... args) {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Probe()).setErr(new PrintWriter(err, true))
                .setParameterExceptionHandler(new UsageErrorHandler(CliMessages.forLocale(language))).execute(args);
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        return err.toString().lines().findFirst().orElseThrow();
    }

    @Test
    void aValueAfterAFlagIsRefusedInEitherLanguage() {
        assertThat(firstLine(Locale.forLanguageTag("ar"), "--flag=yes")).isEqualTo("الخيار «--flag» لا يأخذ قيمة، فلا تكتب بعده «yes»");
        assertThat(firstLine(Locale.ENGLISH, "--flag=yes")).isEqualTo("option '--flag' should be specified without 'yes' parameter");
    }

    @Test
    void aTypeNotKnownKeepsPicoclisWordsBehindTheReadersLeadIn() {
        String english = firstLine(Locale.ENGLISH, "--within", "soon");
        String arabic = firstLine(Locale.forLanguageTag("ar"), "--within", "soon");

        assertThat(english).startsWith("Invalid value for option '--within': cannot convert 'soon' to ");
        assertThat(arabic).isEqualTo("التفاصيل كما وردت: " + english);
    }
}
