package com.computefolio.cli;

import com.computefolio.service.text.FailureTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's own usage errors in the reader's language (issue 16): each exception type worded from its typed parts
 * (the unmatched arguments and their suggestions, the missing options and parameters, the option and the value that
 * did not convert), with option names and the user's values as typed; the English reads as picocli writes it. A type
 * or shape not known here keeps picocli's text behind the reader's lead-in, through {@link FailureTexts} (its
 * library-details road), so nothing is ever left unsaid.
 */
final class UsageErrorTexts {
    /*
     * Three values picocli keeps only inside its message, in shapes fixed by its code (4.7): the argument found where
     * an option's value belonged, the position of the first unmatched argument, and the value given to a flag. Each
     * is read by its whole shape; a message of another shape falls back to picocli's text.
     */
    private static final Pattern FOUND = Pattern.compile("^Expected parameter for option '[^']*' but found '(.*)'$");
    private static final Pattern INDEX = Pattern.compile("^Unmatched arguments? (?:at|from) index (\\d+): ");
    private static final Pattern FLAG_VALUE = Pattern.compile("^option '[^']*' should be specified without '(.*)' parameter$");
    private static final Pattern UNKNOWN_WHERE_VALUE =
            Pattern.compile("^Unknown option: '(.*)'; Expected parameter for option '[^']*' but found '.*'$");

    private final CliMessages messages;

    UsageErrorTexts(CliMessages messages) {
        this.messages = messages;
    }

    /** What was wrong with the command line, in the reader's language. */
    String say(ParameterException ex, String... args) {
        if (ex instanceof UsageError) {
            return ex.getMessage(); // worded by our own code already
        }
        String worded = worded(ex, args);
        return worded != null ? worded : new FailureTexts(messages.texts()).say(ex);
    }

    /** The close matches of a misspelt option or command ("Did you mean: computefolio summary?"), if any. */
    Optional<String> suggestion(ParameterException ex) {
        UnmatchedArgumentException unmatched = ex instanceof UnmatchedArgumentException u ? u
                : unknownSubcommand(ex) ? new UnmatchedArgumentException(ex.getCommandLine(), List.of(ex.getValue())) : null;
        if (unmatched == null || unmatched.getSuggestions().isEmpty()) {
            return Optional.empty();
        }
        List<String> found = unmatched.getSuggestions();
        if (unmatched.isUnknownOption()) {
            return Optional.of(messages.get("error.parse.possible", String.join(messages.get("error.parse.alternatives"), found)));
        }
        String command = ex.getCommandLine().getCommandSpec().name();
        List<String> prefixed = found.stream().map(s -> command == null || command.isBlank() ? s : command + " " + s).toList();
        return Optional.of(messages.get("error.parse.didYouMean", String.join(messages.get("error.parse.or"), prefixed)));
    }

    private String worded(ParameterException ex, String[] args) {
        String message = ex.getMessage() == null ? "" : ex.getMessage();
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, message);
        }
        if (ex instanceof MissingParameterException missing) {
            return missing(missing, message, args);
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return messages.get("error.parse.once", described(overwritten.getOverwritten(), true));
        }
        if (ex instanceof MaxValuesExceededException && ex.getArgSpec() == null) {
            Matcher flag = FLAG_VALUE.matcher(message);
            OptionSpec option = optionNamed(ex, message);
            return flag.matches() && option != null
                    ? messages.get("error.parse.noValue", described(option, false), flag.group(1)) : null;
        }
        if (ex.getClass() == ParameterException.class && ex.getArgSpec() != null && ex.getValue() != null) {
            return invalid(ex.getArgSpec(), ex.getValue(), ex.getCause(), ex.getCommandLine());
        }
        if (unknownSubcommand(ex)) {
            return messages.get("error.parse.unknownCommand", ex.getValue());
        }
        return null;
    }

    private String unmatched(UnmatchedArgumentException ex, String message) {
        List<String> unmatched = ex.getUnmatched();
        if (unmatched.isEmpty()) {
            // An unknown option where another option's value belonged: the exception keeps only its message.
            Matcher m = UNKNOWN_WHERE_VALUE.matcher(message);
            return m.matches() ? messages.get("error.parse.unknownOptions", 1, m.group(1)) : null;
        }
        String quoted = String.join(messages.get("error.parse.quoteSeparator"), unmatched);
        if (ex.isUnknownOption()) {
            return messages.get("error.parse.unknownOptions", unmatched.size(), quoted);
        }
        Matcher index = INDEX.matcher(message);
        return index.find() ? messages.get("error.parse.unmatched", unmatched.size(), Integer.parseInt(index.group(1)), quoted)
                : null;
    }

    private String missing(MissingParameterException ex, String message, String[] args) {
        List<ArgSpec> missing = ex.getMissing();
        if (missing.size() == 1 && missing.get(0).isOption() && typed((OptionSpec) missing.get(0), args)) {
            // The option was given without its value: at the end, or followed by another option.
            Matcher found = FOUND.matcher(message);
            return found.matches() ? messages.get("error.parse.expectedValue", described(missing.get(0), false), found.group(1))
                    : messages.get("error.parse.missingValue", described(missing.get(0), true));
        }
        if (missing.size() == 1 && missing.get(0) instanceof PositionalParamSpec first) {
            // picocli names every required parameter from the first one missing on.
            List<PositionalParamSpec> all = ex.getCommandLine().getCommandSpec().positionalParameters();
            List<String> labels = new ArrayList<>();
            for (PositionalParamSpec p : all.subList(Math.max(0, all.indexOf(first)), all.size())) {
                if (p.arity().min() > 0) {
                    labels.add(p.paramLabel());
                }
            }
            return messages.get(labels.size() > 1 ? "error.parse.missing.parameters" : "error.parse.missing.parameter",
                    String.join(messages.get("error.parse.quoteSeparator"), labels.isEmpty() ? List.of(first.paramLabel()) : labels));
        }
        long options = missing.stream().filter(ArgSpec::isOption).count();
        String key = options == missing.size() ? (options == 1 ? "error.parse.missing.option" : "error.parse.missing.options")
                : options == 0 ? (missing.size() == 1 ? "error.parse.missing.parameter" : "error.parse.missing.parameters")
                : "error.parse.missing.mixed";
        String separator = ex.getCommandLine().getSeparator();
        List<String> described = missing.stream().map(arg -> arg instanceof OptionSpec o
                ? o.longestName() + (arg.arity().min() > 0 ? separator + arg.paramLabel() : "") : arg.paramLabel()).toList();
        return messages.get(key, String.join(messages.get("error.parse.quoteSeparator"), described));
    }

    /** A value the option's type refuses, said by that type; a type not known here falls back to picocli's text. */
    private String invalid(ArgSpec arg, String value, Throwable cause, CommandLine command) {
        // picocli's own converters throw TypeConversionException; BigDecimal's is its constructor, which throws this.
        if (!(cause instanceof TypeConversionException || cause instanceof NumberFormatException)) {
            return null;
        }
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        String why;
        if (type == LocalDate.class) {
            why = messages.get("error.date", value); // our own strict converter's words
        } else if (type == int.class || type == Integer.class) {
            why = messages.get("error.parse.notInt", value);
        } else if (type == long.class || type == Long.class) {
            why = messages.get("error.parse.notLong", value);
        } else if (type == BigDecimal.class) {
            why = messages.get("error.parse.notDecimal", value);
        } else if (type == boolean.class || type == Boolean.class) {
            why = messages.get("error.parse.notBoolean", value);
        } else if (type.isEnum()) {
            boolean insensitive = command.isCaseInsensitiveEnumValuesAllowed();
            why = messages.get(insensitive ? "error.parse.notOneOf" : "error.parse.notOneOfCase",
                    String.join(messages.get("error.parse.alternatives"), constants(type, insensitive)), value);
        } else {
            return null;
        }
        return messages.get("error.parse.invalidValue", described(arg, false), why);
    }

    /** The values an enum option accepts, as picocli lists them: each name, and its text where that differs. */
    private static List<String> constants(Class<?> type, boolean insensitive) {
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            String text = constant.toString();
            names.add(name);
            if (!names.contains(text) && !(insensitive && name.equalsIgnoreCase(text))) {
                names.add(text);
            }
        }
        return names;
    }

    /** "option '--out' (FILE)", or "positional parameter at index 0 (FILE)", in the reader's language. */
    private String described(ArgSpec arg, boolean withLabel) {
        if (arg instanceof OptionSpec option) {
            return withLabel && arg.arity().max() > 0 ? messages.get("error.parse.optionLabelled", option.longestName(), arg.paramLabel())
                    : messages.get("error.parse.option", option.longestName());
        }
        return messages.get("error.parse.positional", ((PositionalParamSpec) arg).index().toString(), arg.paramLabel());
    }

    /** Whether one of the option's names was typed, alone or with its value attached. */
    private static boolean typed(OptionSpec option, String[] args) {
        return Arrays.stream(args).anyMatch(a -> Arrays.stream(option.names()).anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
    }

    /** The option a message about a flag names (the exception keeps no argument spec). */
    private static OptionSpec optionNamed(ParameterException ex, String message) {
        int open = message.indexOf('\'');
        int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
        return close < 0 ? null : ex.getCommandLine().getCommandSpec().findOption(message.substring(open + 1, close));
    }

    /** picocli's help subcommand asked for a command that does not exist: the value is the name typed. */
    private static boolean unknownSubcommand(ParameterException ex) {
        return ex.getClass() == ParameterException.class && ex.getArgSpec() == null && ex.getCause() == null
                && ex.getValue() != null && !ex.getCommandLine().getSubcommands().containsKey(ex.getValue());
    }
}
