package dev.galley.core.labels;

import java.util.Locale;
import java.util.Set;

/**
 * CLDR's cardinal plural rules for whole numbers, the only numbers Galley counts (pages, minutes,
 * briefings). Written out for the languages whose rules differ from "one for 1, other for the
 * rest", which is the rule of every other language here, and the fallback for a language this
 * table does not know; ICU4J would bring every rule but weighs 14 MB for a dozen lines.
 * Rules as in CLDR 45's {@code plurals.xml}, restricted to integers (v = 0, e = 0).
 */
public final class PluralRules {

    /** Languages with no plural forms: one text for every number. */
    private static final Set<String> NO_PLURALS = Set.of("ja", "zh", "ko", "vi", "th", "id", "ms", "lo", "my");

    private PluralRules() {
    }

    /** The category of the whole number {@code n} in the language of {@code languageTag}. */
    public static PluralCategory category(String languageTag, long n) {
        long i = Math.abs(n);
        long mod10 = i % 10;
        long mod100 = i % 100;
        String tag = languageTag.toLowerCase(Locale.ROOT).replace('_', '-');
        String language = tag.split("-", 2)[0];
        if (NO_PLURALS.contains(language)) {
            return PluralCategory.OTHER;
        }
        return switch (language) {
            // one: i = 0,1; many: a multiple of a million ("1 million de pages")
            case "fr" -> i <= 1 ? PluralCategory.ONE : million(i) ? PluralCategory.MANY : PluralCategory.OTHER;
            // Brazilian Portuguese counts 0 as one, European Portuguese does not
            case "pt" -> (tag.equals("pt") || tag.startsWith("pt-br") ? i <= 1 : i == 1) ? PluralCategory.ONE
                    : million(i) ? PluralCategory.MANY : PluralCategory.OTHER;
            case "es", "it", "ca" -> i == 1 ? PluralCategory.ONE
                    : million(i) ? PluralCategory.MANY : PluralCategory.OTHER;
            case "ru", "uk", "be" -> mod10 == 1 && mod100 != 11 ? PluralCategory.ONE
                    : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? PluralCategory.FEW
                    : PluralCategory.MANY;
            case "pl" -> i == 1 ? PluralCategory.ONE
                    : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? PluralCategory.FEW
                    : PluralCategory.MANY;
            case "cs", "sk" -> i == 1 ? PluralCategory.ONE
                    : i >= 2 && i <= 4 ? PluralCategory.FEW : PluralCategory.OTHER;
            case "hr", "sr", "bs" -> mod10 == 1 && mod100 != 11 ? PluralCategory.ONE
                    : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? PluralCategory.FEW
                    : PluralCategory.OTHER;
            case "lt" -> mod10 == 1 && (mod100 < 11 || mod100 > 19) ? PluralCategory.ONE
                    : mod10 >= 2 && (mod100 < 11 || mod100 > 19) ? PluralCategory.FEW : PluralCategory.OTHER;
            case "lv" -> mod10 == 0 || (mod100 >= 11 && mod100 <= 19) ? PluralCategory.ZERO
                    : mod10 == 1 && mod100 != 11 ? PluralCategory.ONE : PluralCategory.OTHER;
            case "ro" -> i == 1 ? PluralCategory.ONE
                    : i == 0 || (mod100 >= 2 && mod100 <= 19) ? PluralCategory.FEW : PluralCategory.OTHER;
            default -> i == 1 ? PluralCategory.ONE : PluralCategory.OTHER;
        };
    }

    private static boolean million(long i) {
        return i != 0 && i % 1_000_000 == 0;
    }
}
