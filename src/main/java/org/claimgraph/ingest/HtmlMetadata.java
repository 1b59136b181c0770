package org.claimgraph.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata of an HTML page, taken from the markup only. JSON-LD is scanned as text: its
 * {@code @context} is a URL that must never be fetched, so no JSON-LD processor is involved.
 */
final class HtmlMetadata {

    private static final Pattern JSONLD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");

    private HtmlMetadata() {}

    static String title(Document doc) {
        String og = meta(doc, "meta[property=og:title], meta[name=og:title]");
        if (og != null) return og;
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) return h1.text().strip();
        String title = doc.title().strip();
        return title.isEmpty() ? null : withoutSiteName(title);
    }

    /** "Headline | Site" or "Headline - Site" in a title element: the short last part is the site's name. */
    static String withoutSiteName(String title) {
        int cut = -1;
        for (String separator : new String[] {" | ", " – ", " — ", " - ", " :: "}) {
            cut = Math.max(cut, title.lastIndexOf(separator));
        }
        if (cut <= 0) return title;
        String site = title.substring(cut).replaceFirst("^\\s*\\S+\\s*", "");
        return site.length() <= 40 && cut >= 15 ? title.substring(0, cut).strip() : title;
    }

    static String url(Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.attr("href").isBlank()) return canonical.attr("href").strip();
        return meta(doc, "meta[property=og:url], meta[name=og:url]");
    }

    static Optional<Language> language(Document doc) {
        Element html = doc.selectFirst("html[lang]");
        if (html != null) {
            Optional<Language> lang = Language.fromTag(html.attr("lang"));
            if (lang.isPresent()) return lang;
        }
        return Language.fromTag(meta(doc, "meta[http-equiv=content-language], meta[property=og:locale]"));
    }

    /** The raw date value found first, in order of reliability; null when the page has none. */
    static String rawDate(Document doc) {
        String meta = meta(doc, "meta[property=article:published_time], meta[name=article:published_time], "
                + "meta[itemprop=datePublished], meta[name=date], meta[name=pubdate], meta[name=dc.date]");
        if (meta != null) return meta;
        Element time = doc.selectFirst("time[datetime]");
        if (time != null && !time.attr("datetime").isBlank()) return time.attr("datetime").strip();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSONLD_DATE.matcher(script.data());
            if (m.find()) return m.group(1).strip();
        }
        return null;
    }

    private static String meta(Document doc, String cssQuery) {
        for (Element e : doc.select(cssQuery)) {
            String content = e.attr("content");
            if (!content.isBlank()) return content.strip();
        }
        return null;
    }
}
