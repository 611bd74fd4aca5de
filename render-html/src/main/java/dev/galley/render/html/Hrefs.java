package dev.galley.render.html;

import dev.galley.core.model.LinkTarget;
import dev.galley.core.model.PageNames;
import dev.galley.core.model.Site;

import java.util.Optional;

/** Turns a link's resolved target into an {@code href} relative to the page it is written on. */
final class Hrefs {

    private final PageNames names;
    private final Media media;

    Hrefs(Site site, Media media) {
        this.names = PageNames.of(site.briefings(), site.config().baseUrl());
        this.media = media;
    }

    /** The {@code href}, or empty when the target is not part of this site. */
    Optional<String> of(LinkTarget written, String toRoot) {
        LinkTarget target = names.resolve(written);
        if (target instanceof LinkTarget.Web web) {
            return Urls.isSafeLink(web.url()) ? Optional.of(web.url()) : Optional.empty();
        }
        if (target instanceof LinkTarget.Anchor anchor) {
            return Optional.of("#" + Urls.encodeFragment(anchor.id()));
        }
        if (target instanceof LinkTarget.BriefingPage page) {
            String slug = names.pageOf(page.slug());
            if (!names.publishes(slug)) {
                return Optional.empty();
            }
            String path = toRoot + Urls.encodePath(Site.briefingDir(slug) + "/index.html");
            return Optional.of(page.anchorId().isEmpty() ? path : path + "#" + Urls.encodeFragment(page.anchorId()));
        }
        return media.file(((LinkTarget.ContentFile) target).path(), toRoot);
    }
}
