package com.computefolio.cli;

import com.computefolio.domain.Problem;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One problem per line in the compiler-like form editors can jump to: {@code file:line:col: path: message (expected ...)}.
 * A file full of errors must not flood the terminal: the first {@link #PRINTED} problems are printed,
 * each cut at {@link #LINE_CHARS} characters (a message may quote a very long value), and the rest
 * are summarised by kind, where a kind is the field with its indexes left out ({@code $.deals[].title}).
 */
final class ProblemPrinter {

    static final int PRINTED = 200;
    static final int LINE_CHARS = 1_000;
    private static final int KINDS_LISTED = 8;
    private static final Pattern INDEX = Pattern.compile("\\[\\d+\\]");

    private ProblemPrinter() {
    }

    static void print(List<Problem> problems, PrintWriter err, CliMessages messages) {
        for (Problem p : problems.subList(0, Math.min(PRINTED, problems.size()))) {
            err.println(cut(p.describe(), messages));
        }
        if (problems.size() > PRINTED) {
            err.println(messages.get("problems.more", problems.size() - PRINTED, kinds(problems.subList(PRINTED, problems.size()))));
        }
        err.flush();
    }

    private static String cut(String line, CliMessages messages) {
        if (line.length() <= LINE_CHARS) {
            return line;
        }
        int end = Character.isHighSurrogate(line.charAt(LINE_CHARS - 1)) ? LINE_CHARS - 1 : LINE_CHARS;
        return line.substring(0, end) + messages.get("problems.cut", line.length() - end);
    }

    /** "$.deals[].title (120,000), amount (3)": the commonest kinds first. */
    private static String kinds(List<Problem> rest) {
        Map<String, Long> counts = rest.stream().collect(Collectors.groupingBy(ProblemPrinter::kind, LinkedHashMap::new,
                Collectors.counting()));
        String listed = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(KINDS_LISTED)
                .map(e -> String.format(Locale.ROOT, "%s (%,d)", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        return counts.size() > KINDS_LISTED ? listed + ", ..." : listed;
    }

    private static String kind(Problem p) {
        if (p.path() != null && !p.path().isEmpty()) {
            return INDEX.matcher(p.path()).replaceAll("[]");
        }
        String message = p.message();
        return message.length() <= 60 ? message : message.substring(0, 60) + "...";
    }
}
