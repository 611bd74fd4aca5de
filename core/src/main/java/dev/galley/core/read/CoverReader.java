package dev.galley.core.read;

import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.model.Block;
import dev.galley.core.model.Inline;
import dev.galley.core.model.SourcePos;
import dev.galley.core.yaml.YamlMap;

import java.util.List;
import java.util.Optional;

/**
 * Reads a briefing's cover image from its front matter, in the shape Hugo themes give it
 * ({@code cover: {image: images/quay.jpg, alt: …, caption: …}}, or {@code cover:} with the image
 * alone), into a figure whose image is checked like any other: its source where a briefing's
 * images may be, its alt text by the content rules. Other keys of such themes ({@code relative},
 * {@code hidden}) are left to templates.
 */
final class CoverReader {

    private CoverReader() {
    }

    static Optional<Block.Figure> read(YamlMap frontMatter, Targets targets, Diagnostics diagnostics) {
        if (!frontMatter.has("cover")) {
            return Optional.empty();
        }
        SourcePos pos = frontMatter.valuePosition("cover");
        if (!frontMatter.isMap("cover")) {
            return frontMatter.string("cover").flatMap(image -> figure(image, pos, "", "", pos, targets));
        }
        YamlMap cover = frontMatter.map("cover").orElseThrow();
        Optional<String> image = cover.string("image");
        if (image.isEmpty()) {
            diagnostics.error(pos, "image-missing", "a cover needs its 'image:', a file of the content folder");
            return Optional.empty();
        }
        SourcePos captionPos = cover.has("caption") ? cover.valuePosition("caption") : pos;
        return figure(image.get(), cover.valuePosition("image"), cover.string("alt").orElse(""),
                cover.string("caption").orElse(""), captionPos, targets);
    }

    private static Optional<Block.Figure> figure(String image, SourcePos pos, String alt, String caption,
                                                 SourcePos captionPos, Targets targets) {
        return targets.image(image, pos).map(source -> new Block.Figure(
                new Inline.Image(source, alt.strip(), "", pos),
                caption.isBlank() ? List.of() : List.of(new Inline.Text(caption.strip(), captionPos)), pos));
    }
}
