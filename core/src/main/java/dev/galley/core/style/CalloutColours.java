package dev.galley.core.style;

import dev.galley.core.model.Block;

import java.util.Objects;

/**
 * The colours of the five kinds of callout, each its title and rule colour and the tint behind
 * it. Galley's own are 4.5:1 or more apart, title on tint, in both outputs.
 */
public record CalloutColours(Pair note, Pair tip, Pair important, Pair warning, Pair caution) {

    /** One kind's colours: {@code colour} for its title and rule, {@code background} behind it. */
    public record Pair(Colour colour, Colour background) {
        public Pair {
            Objects.requireNonNull(colour);
            Objects.requireNonNull(background);
        }
    }

    public static final CalloutColours DEFAULT = new CalloutColours(
            new Pair(new Colour(0x0550AE), new Colour(0xE3F1FF)),
            new Pair(new Colour(0x116329), new Colour(0xE2F7E6)),
            new Pair(new Colour(0x6639BA), new Colour(0xF3ECFF)),
            new Pair(new Colour(0x7A4D00), new Colour(0xFFF5CC)),
            new Pair(new Colour(0xA40E26), new Colour(0xFFECEC)));

    public CalloutColours {
        Objects.requireNonNull(note);
        Objects.requireNonNull(tip);
        Objects.requireNonNull(important);
        Objects.requireNonNull(warning);
        Objects.requireNonNull(caution);
    }

    /** The colours of {@code kind}. */
    public Pair of(Block.Callout.Kind kind) {
        return switch (kind) {
            case NOTE -> note;
            case TIP -> tip;
            case IMPORTANT -> important;
            case WARNING -> warning;
            case CAUTION -> caution;
        };
    }
}
