package com.computefolio.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads ISO dates strictly: 2025-02-30 is refused instead of being moved to the last day of
 * February, so a typo never silently changes what "as known on" means. Picocli names the
 * option in the error message and the run ends with the usage exit code.
 */
final class StrictDateConverter implements ITypeConverter<LocalDate> {
    private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final CliMessages messages;

    StrictDateConverter(CliMessages messages) {
        this.messages = messages;
    }

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value, ISO_STRICT);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(messages.get("error.date", value));
        }
    }
}
