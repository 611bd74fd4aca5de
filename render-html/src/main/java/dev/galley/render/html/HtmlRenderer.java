package dev.galley.render.html;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.Site;
import dev.galley.core.publish.RenderContext;
import dev.galley.core.publish.Renderer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The microsite: a front page listing every briefing, one page per briefing, the stylesheet and
 * the briefings' local images. Every link is relative, so the site works from {@code file://} and
 * from any sub-path of a web server.
 *
 * <pre>
 * index.html
 * assets/style.css
 * briefings/&lt;slug&gt;/index.html      (links to &lt;slug&gt;.pdf beside it, written by render-pdf)
 * media/&lt;path in the content folder&gt;
 * </pre>
 */
public final class HtmlRenderer implements Renderer {

    /** Files copied verbatim from this module's resources, by their path in the output. */
    private static final List<String> ASSETS = List.of("assets/style.css");

    private final Templates templates;

    public HtmlRenderer() {
        this(Templates.builtIn());
    }

    HtmlRenderer(Templates templates) {
        this.templates = templates;
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void render(Site site, RenderContext context) throws IOException {
        Media media = Media.publish(site, context);
        for (String asset : ASSETS) {
            context.write(asset, resource(asset));
        }
        PageData data = new PageData(site, context, media);
        write(context, "index.html", "index.ftlh", data.index());
        context.forEach(site.briefings(), (Briefing briefing) ->
                write(context, Site.pagePath(briefing), "briefing.ftlh", data.briefing(briefing)));
    }

    private void write(RenderContext context, String path, String template,
                       Map<String, Object> data) throws IOException {
        context.write(path, templates.render(template, data).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String asset) throws IOException {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(asset)) {
            if (in == null) {
                throw new IOException("missing built-in asset " + asset);
            }
            return in.readAllBytes();
        }
    }
}
