package com.computefolio.service.text;

import com.computefolio.domain.ExplainedFailure;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.io.FileFailures;
import com.computefolio.io.JacksonDetails;
import com.computefolio.service.ValidationException;
import com.computefolio.store.SqlFailures;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one road from a failure to the words a person reads (issue 16): what was being done, when an exception in
 * the chain says so ({@link ExplainedFailure}), and why, from the first cause a library classifier knows (the
 * JDK's file failures, SQLite's and PostgreSQL's, Jackson's), each a {@link ProblemText} worded by
 * {@link ProblemTexts} in the reader's language. A failure nobody classifies keeps the library's text as details,
 * introduced in the reader's language; the English reads as the messages always did. The window's dialogs, status
 * bar and labels and the command line's error lines all call it.
 */
public final class FailureTexts {
    private final ProblemTexts problems;

    public FailureTexts(Texts texts) {
        this(new ProblemTexts(texts));
    }

    public FailureTexts(ProblemTexts problems) {
        this.problems = problems;
    }

    /** The failure in the reader's language; refused input as its problems, one line each. */
    public String say(Throwable failure) {
        ValidationException invalid = find(failure, ValidationException.class);
        if (invalid != null && !invalid.problems().isEmpty()) {
            return invalid.problems().stream().map(problems::describe).collect(Collectors.joining("\n"));
        }
        return problems.say(explain(failure));
    }

    /** What was being done and why, as one text (for a caller that puts it inside a sentence of its own). */
    public static ProblemText explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof ExplainedFailure explained && explained.explanation() != null) {
                // An explanation may already say why (the disk is full, the database is busy): the cause adds nothing.
                ProblemText why = explained.explanation().key() == ProblemKey.FAILURE_WITH_REASON ? null : reason(t.getCause());
                return why == null ? explained.explanation()
                        : ProblemText.say(ProblemKey.FAILURE_WITH_REASON, explained.explanation(), why);
            }
        }
        ProblemText why = reason(failure);
        return why == null ? ProblemText.say(ProblemKey.LIBRARY_DETAILS, String.valueOf(failure)) : why;
    }

    /**
     * Why: the first failure in the chain a classifier knows, else the chain's own messages as the library's
     * details (each message once, as the command line always joined them); null for no failure.
     */
    public static ProblemText reason(Throwable failure) {
        if (failure == null) {
            return null;
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof ExplainedFailure explained && explained.explanation() != null) {
                ProblemText inner = explained.explanation();
                if (inner.key() == ProblemKey.FAILURE_WITH_REASON) {
                    return (ProblemText) inner.args().get(1); // what failed is said once, by the outermost
                }
                if (next(t) == null) {
                    return inner; // a failure that is its own reason (an address's problem, a conflict)
                }
                continue; // another "what" (the store's "Cannot open"): the why is further down
            }
            ProblemText known = first(t, FileFailures::reason, SqlFailures::reason, JacksonDetails::reason);
            if (known != null) {
                return known;
            }
            if (t instanceof ValidationException invalid && !invalid.problems().isEmpty()) {
                Problem problem = invalid.problems().get(0);
                return problem.text();
            }
        }
        return ProblemText.say(ProblemKey.LIBRARY_DETAILS, messages(failure));
    }

    @SafeVarargs
    private static ProblemText first(Throwable t, Function<Throwable, ProblemText>... classifiers) {
        for (Function<Throwable, ProblemText> classifier : classifiers) {
            ProblemText found = classifier.apply(t);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The failure's message followed by its causes' where they add something, as the command line printed them. */
    static String messages(Throwable failure) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = failure; t != null; t = next(t)) {
            String m = t.getMessage();
            if (m != null && !sb.toString().contains(m)) {
                sb.append(sb.length() == 0 ? "" : ": ").append(m);
            }
        }
        return sb.length() == 0 ? failure.getClass().getSimpleName() : sb.toString();
    }

    private static <T> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }
}
