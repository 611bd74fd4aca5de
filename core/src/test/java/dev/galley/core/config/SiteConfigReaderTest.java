package dev.galley.core.config;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.model.SiteConfig;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SiteConfigReaderTest {

    private static SiteConfigReader.Result read(String yaml) {
        return SiteConfigReader.read(yaml.getBytes(StandardCharsets.UTF_8), "galley.yaml");
    }

    @Test
    void theDesksTimeZoneAndTopicsOfTags() {
        SiteConfig config = read("title: T\ntimezone: Europe/Berlin\ntags_as_topics: false\n").config();
        assertEquals(Optional.of(ZoneId.of("Europe/Berlin")), config.timezone());
        assertEquals(ZoneId.of("Europe/Berlin"), config.zone());
        assertFalse(config.tagsAsTopics());
        SiteConfig defaults = read("title: T\n").config();
        assertEquals(ZoneOffset.UTC, defaults.zone());
        assertEquals(true, defaults.tagsAsTopics());
        assertEquals(Optional.of(ZoneOffset.ofHours(1)), read("timezone: '+01:00'\n").config().timezone());
    }

    @Test
    void aZoneThatIsNoneIsAnErrorAtItsValueAndAMisspeltSettingIsNamed() {
        List<String> problems = read("title: T\ntimezone: Mars/Olympus\ntimezon: UTC\n").diagnostics().stream()
                .sorted(Diagnostic.ORDER).map(Diagnostic::format).toList();
        assertEquals(List.of(
                "galley.yaml:2:11: error: 'timezone' must be a time zone such as Europe/Berlin, UTC or +01:00,"
                        + " not “Mars/Olympus” [config-value]",
                "galley.yaml:3:1: warning: unknown setting 'timezon'; did you mean 'timezone'? [config-key]"),
                problems);
    }
}
