package com.computefolio.cli;

import com.computefolio.domain.Problem;
import com.computefolio.service.text.ProblemTexts;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One problem per line in the compiler-like form editors can jump to: {@code file:line:col: path: message (expected ...)},
 * the sentence in the reader's language (ADR 0045). In Arabic the line is right to left (a leading RLM) and the
 * location, which is technical, a left-to-right isolate; the marks go through the terminal's own door, beside the text.
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
        ProblemTexts words = new ProblemTexts(messages.texts());
        TerminalPrintWriter marks = words.rightToLeft() ? TerminalPrintWriter.of(err) : null;
        for (Problem p : problems.subList(0, Math.min(PRINTED, problems.size()))) {
            String location = p.location();
            String line = cut(location + words.sentence(p), messages);
            if (marks == null || location.isEmpty() || line.length() < location.length()) {
                if (marks != null) {
                    marks.mark(TerminalPrintWriter.RLM);
                }
                err.println(line);
                continue;
            }
            marks.mark(TerminalPrintWriter.RLM);
            marks.mark(TerminalPrintWriter.LRI);
            err.print(location.stripTrailing());
            marks.mark(TerminalPrintWriter.PDI);
            err.println(line.substring(location.stripTrailing().length()));
        }
        if (problems.size() > PRINTED) {
            err.println(messages.get("problems.more", problems.size() - PRINTED,
                    kinds(problems.subList(PRINTED, problems.size()), words)));
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
    private static String kinds(List<Problem> rest, ProblemTexts words) {
        Map<String, Long> counts = rest.stream().collect(Collectors.groupingBy(p -> kind(p, words), LinkedHashMap::new,
                Collectors.counting()));
        String listed = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(KINDS_LISTED)
                .map(e -> e.getKey() + " (" + words.count(e.getValue()) + ")")

                .collect(Collectors.joining(", "));
        return counts.size() > KINDS_LISTED ? listed + ", ..." : listed;
    }

    private static String kind(Problem p, ProblemTexts words) {
        if (p.path() != null && !p.path().isEmpty()) {
            return INDEX.matcher(p.path()).replaceAll("[]");
        }
        String message = words.message(p);

        return message.length() <= 60 ? message : message.substring(0, 60) + "...";
    }
}
