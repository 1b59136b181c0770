package org.claimgraph.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.claimgraph.ingest.Article;

/**
 * Normalises Unicode (NFC, odd spaces to plain spaces, invisible characters dropped) and removes
 * site furniture line by line (see {@link FurnitureRules}). Paragraph structure is kept: blank
 * lines separate paragraphs, runs of blank lines collapse to one, hard-wrapped paragraphs are
 * joined into one line (see {@link LineUnwrapper}). Bylines and reporter footers
 * are kept: they are text and name people.
 */
public final class FurnitureCleaner implements TextCleaner {

    /** Lines longer than this are paragraphs, never furniture; bounds the work of the patterns too. */
    private static final int MAX_FURNITURE_LINE = 320;
    /** Teaser titles and subheadings are short; this bound keeps the title test conservative. */
    private static final int MAX_TITLE_LINE = 160;

    @Override
    public Article clean(Article article) {
        String headline = article.headline() == null ? null : normalise(article.headline()).strip();
        return article.withText(cleanText(article.text())).withHeadline(headline);
    }

    public String cleanText(String text) {
        List<String> kept = new ArrayList<>();
        boolean inRelatedBlock = false;
        for (String raw : normalise(text).split("\n", -1)) {
            String line = removeFragments(raw).strip();
            // A line that was only furniture fragments vanishes; it does not become a paragraph break.
            if (line.isEmpty() && !raw.isBlank()) continue;
            if (line.length() <= MAX_FURNITURE_LINE && FurnitureRules.RELATED_MARKER.matcher(line).matches()) {
                inRelatedBlock = true;
                continue;
            }
            // Teaser titles listed under a related marker, up to the first line of prose.
            // A bracketed footer "(Bericht von …)" ends the block: it is text, not a teaser.
            if (inRelatedBlock && (line.isEmpty() || isTitle(line) && !line.startsWith("("))) continue;
            inRelatedBlock = false;
            if (line.isEmpty()) {
                kept.add("");
            } else if (!isFurnitureLine(line)) {
                kept.add(line);
            }
        }
        return LineUnwrapper.unwrap(joinParagraphs(kept));
    }

    static String normalise(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
                     '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\t', '\u000B', '\f' -> sb.append(' ');
                case '\u200B', '\u2060', '\uFEFF', '\u00AD' -> { } // invisible: zero-width space, word joiner, BOM, soft hyphen
                case '\u2028', '\u2029', '\u0085' -> sb.append('\n');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String removeFragments(String line) {
        String s = line;
        if (s.indexOf('(') >= 0) s = FurnitureRules.CREDIT_INLINE.matcher(s).replaceAll("");
        s = FurnitureRules.CREDIT_TRAILING.matcher(s).replaceAll("");
        s = FurnitureRules.AD_TRAILING.matcher(s).replaceAll("");
        Matcher gallery = FurnitureRules.GALLERY.matcher(s);
        if (gallery.find()) s = (s.substring(0, gallery.start()).stripTrailing() + " " + s.substring(gallery.end()).stripLeading()).strip();
        return s;
    }

    private static boolean isFurnitureLine(String line) {
        if (line.length() > MAX_FURNITURE_LINE) return false;
        if (FurnitureRules.AD_LINE.matcher(line).matches()) return true;
        if (FurnitureRules.RELATED_LINE.matcher(line).matches() && !isLongSentence(line)) return true;
        if (FurnitureRules.GALLERY_LINE.matcher(line).matches()) return true;
        if (FurnitureRules.CREDIT_LINE.matcher(line).matches() && !isLongSentence(line)) return true;
        if (FurnitureRules.SHARE_LINE.matcher(line).matches()) return true;
        if (FurnitureRules.NEWSLETTER_PROMPT.matcher(line).find()) return true;
        if (FurnitureRules.COOKIE_NOTICE.matcher(line).find()) return true;
        if (isTitle(line) && isCredit(line)) return true;
        return isTitle(line) && (FurnitureRules.TEASER_KICKER.matcher(line).matches()
                || FurnitureRules.TEASER_TAIL.matcher(line).matches());
    }

    /** Short and without sentence punctuation at the end: a heading, a teaser or a credit. */
    static boolean isTitle(String line) {
        return line.length() <= MAX_TITLE_LINE && !FurnitureRules.SENTENCE_END.matcher(line).matches();
    }

    /** "© Jane Doe/Getty Images", "Foto-Agentur/dpa": a name and an agency, no sentence. */
    private static boolean isCredit(String line) {
        return line.startsWith("©") || line.indexOf('/') >= 0 && FurnitureRules.AGENCY.matcher(line).find();
    }

    /**
     * A credit or related marker followed by two or more full sentences is prose that happens to
     * start with such a word ("Bild: Der Konzern …" is rare, but dropping prose is worse than keeping a credit).
     */
    private static boolean isLongSentence(String line) {
        int sentences = 0;
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && line.charAt(i + 1) == ' ') sentences++;
        }
        return sentences >= 2;
    }

    private static String joinParagraphs(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        boolean pendingBlank = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                pendingBlank = sb.length() > 0;
                continue;
            }
            if (sb.length() > 0) sb.append(pendingBlank ? "\n\n" : "\n");
            sb.append(line);
            pendingBlank = false;
        }
        return sb.toString();
    }
}
