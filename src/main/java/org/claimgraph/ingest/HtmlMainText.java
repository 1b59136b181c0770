package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * The article body of a page: page furniture removed, then the paragraphs of {@code <article>}
 * (or {@code <main>}, or the element holding the most paragraph text). Paragraphs are joined with
 * blank lines, which the segmenter treats as hard sentence breaks.
 */
final class HtmlMainText {

    private static final String FURNITURE_TAGS = "script, style, noscript, template, nav, footer, aside, "
            + "form, figure, figcaption, iframe, svg, button, select, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
    /** Class or id words that mark furniture; matched as whole words of the attribute. */
    private static final Set<String> FURNITURE_WORDS = Set.of("related", "teaser", "teasers", "promo", "newsletter",
            "share", "sharing", "social", "cookie", "cookies", "consent", "advert", "advertisement", "ad", "ads",
            "anzeige", "werbung", "comments", "comment", "breadcrumb", "breadcrumbs", "sidebar", "subscribe",
            "nav", "navigation", "menu", "footer", "paywall", "recommended", "recommendations", "outbrain",
            "taboola", "caption", "credit", "credits", "gallery");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt";
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "pre", "dd", "dt");

    private HtmlMainText() {}

    static String extract(Document doc) {
        Element body = doc.body();
        if (body == null) return "";
        body.select(FURNITURE_TAGS).remove();
        // The page header is furniture; an article's own header holds its headline and lead paragraph.
        for (Element header : body.select("header")) {
            if (header.closest("article") == null) header.remove();
        }
        List<Element> marked = new ArrayList<>();
        for (Element e : body.getAllElements()) if (isFurniture(e)) marked.add(e);
        for (Element e : marked) e.remove();
        return paragraphs(container(body));
    }

    private static boolean isFurniture(Element e) {
        if (e.tagName().equals("body") || e.tagName().equals("article") || e.tagName().equals("main")) return false;
        String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String w : words.split("[\\s_-]+")) if (FURNITURE_WORDS.contains(w)) return true;
        return false;
    }

    private static Element container(Element body) {
        Element best = largest(body.select("article"));
        if (best == null) best = largest(body.select("main, [role=main]"));
        if (best != null) return best;
        // No semantic markup: the element whose own paragraphs hold the most text.
        Element winner = body;
        int winnerScore = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) continue;
            int score = 0;
            for (Element child : parent.children()) if (child.tagName().equals("p")) score += child.text().length();
            if (score > winnerScore) {
                winnerScore = score;
                winner = parent;
            }
        }
        return winner;
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element e : candidates) {
            int length = e.text().length();
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    private static String paragraphs(Element container) {
        List<String> out = new ArrayList<>();
        for (Element block : container.select(BLOCKS)) {
            if (insideBlock(block, container)) continue;
            String text = block.text().strip();
            if (!text.isEmpty()) out.add(text);
        }
        if (out.isEmpty()) leafBlocks(container, out);
        if (out.isEmpty()) return container.text().strip();
        return String.join("\n\n", out);
    }

    private static final Set<String> LEAF_CANDIDATES = Set.of("div", "section", "td");
    private static final Set<String> STRUCTURE = Set.of("div", "section", "table", "ul", "ol", "p", "article");

    /** Pages that use a {@code <div>} per paragraph: the innermost divs (no block children) are the paragraphs. */
    private static void leafBlocks(Element container, List<String> out) {
        for (Element e : container.getAllElements()) {
            if (!LEAF_CANDIDATES.contains(e.tagName())) continue;
            boolean leaf = true;
            for (Element child : e.children()) {
                if (STRUCTURE.contains(child.tagName())) {
                    leaf = false;
                    break;
                }
            }
            String text = leaf ? e.text().strip() : "";
            if (!text.isEmpty()) out.add(text);
        }
    }

    /** A block within another block (a p inside a blockquote) is already part of the outer one's text. */
    private static boolean insideBlock(Element block, Element container) {
        for (Element a = block.parent(); a != null && a != container; a = a.parent()) {
            if (BLOCK_TAGS.contains(a.tagName())) return true;
        }
        return false;
    }

    /** Deepest element nesting, computed without recursion. */
    static int depth(Document doc) {
        int[] max = {0};
        NodeTraversor.traverse((Node node, int depth) -> {
            if (depth > max[0]) max[0] = depth;
        }, doc);
        return max[0];
    }
}
