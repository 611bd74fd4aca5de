package dev.galley.cli;

import dev.galley.core.publish.BuildContext;
import picocli.CommandLine;

import java.time.Instant;

/** Reads {@code --now} the way core reads every moment. */
final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        return BuildContext.parseInstant(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is not a date-time with a zone (2026-12-01T09:00:00Z) nor seconds since 1970"));
    }
}
