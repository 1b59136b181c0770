package org.claimgraph.text;

import java.util.regex.Pattern;

/**
 * Patterns for the kinds of site furniture found in scraped news text. Each pattern describes a
 * kind (advertising marker, related-articles marker, gallery teaser, photo credit, share prompt,
 * cookie notice, teaser link), never a particular line. Patterns are anchored or length-bounded, and
 * the ones searched inside long lines start with a literal rather than {@code \s*}, so that they run
 * in linear time even on a line of 100,000 spaces.
 */
final class FurnitureRules {

    private FurnitureRules() {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A line of nothing but advertising markers: "Anzeige", "Anzeige Anzeige", "Advertisement". */
    static final Pattern AD_LINE = Pattern.compile(
            "(?:(?:anzeige|werbung|advertisement|advertising|sponsored|gesponsert|promoted|ad)[\\s:·|-]*)+", FLAGS);

    /** Advertising markers glued to the end of a sentence line by scraping: "… gestiegen. Anzeige Anzeige". */
    static final Pattern AD_TRAILING = Pattern.compile(
            "(?<=[.!?“”\"»«)])(?: (?:Anzeige|ANZEIGE|Werbung|WERBUNG|Advertisement|ADVERTISEMENT))+ ?$");

    /** Related-articles markers that open a block of teasers for other articles. */
    static final Pattern RELATED_MARKER = Pattern.compile(
            "(?:mehr zu diesem thema|mehr zum thema|zum thema|weitere artikel|weitere themen|auch interessant"
            + "|das könnte sie auch interessieren|das könnte sie interessieren|lesen sie auch|lesen sie mehr|weiterlesen"
            + "|read more|read also|related|related articles|related stories|related coverage|more on this(?: story| topic)?"
            + "|see also|recommended|you may also like|more from \\p{L}+)\\s*[:.…>»›]*", FLAGS);

    /**
     * A line opened by a related marker with a teaser after it: "Lesen Sie auch: Titel". Markers that
     * can also open a sentence ("Related", "Zum Thema") count only with a separator after them.
     */
    static final Pattern RELATED_LINE = Pattern.compile(
            "(?:(?:mehr zu diesem thema|mehr zum thema|lesen sie auch|lesen sie mehr|das könnte sie auch interessieren)"
            + "(?:\\s*[:»›>|]\\s*|\\s+)"
            + "|read (?:more|also)(?:\\s*[:»›>|]\\s*|\\s+(?:about|on|at|here|in)\\s+)"
            + "|(?:auch interessant|see also|related|more on this|zum thema|weitere artikel)(?:\\s*[:»›>|]\\s*|\\s+[–-]\\s+)).{1,300}", FLAGS);

    /** Photo-gallery teasers: "7 Bilder ansehen Titel … Quelle:", "12 photos View gallery". */
    static final Pattern GALLERY = Pattern.compile(
            "\\b\\d{1,3}\\s+(?:bilder|fotos|videos?|photos|images|pictures)\\s+(?:ansehen|anzeigen|anschauen|view|see)\\b"
            + "(?:.{0,300}?\\bquelle:|.{0,300}?\\bsource:|.{0,300}$)", FLAGS);
    static final Pattern GALLERY_LINE = Pattern.compile(
            "(?:zur )?(?:bildergalerie|fotogalerie|fotostrecke|galerie ansehen|view gallery|photo gallery|watch the video|video ansehen)\\b.{0,200}",
            FLAGS);

    /** A line that is a picture credit: "Foto: …", "Bildquelle: …", "Image: Reuters/Getty Images". */
    static final Pattern CREDIT_LINE = Pattern.compile(
            "(?:bildquelle|bildnachweis|bild|bilder|foto|fotos|fotocredit|image|images|photo|photograph|picture"
            + "|image credit|photo credit|credit|titelbild|beitragsbild|symbolbild)\\s*:.{0,200}", FLAGS);
    /** A bracketed credit inside a line: "(Bild: dpa)", "(Foto: Jane Doe/AFP)". */
    static final Pattern CREDIT_INLINE = Pattern.compile(
            " ?\\((?:bild|bilder|foto|fotos|bildquelle|image|photo|picture|credit|symbolbild) ?:[^()\\n]{1,150}\\)", FLAGS);
    /** A trailing credit after the text of a line: "… Bildquelle: Jane Doe". */
    static final Pattern CREDIT_TRAILING = Pattern.compile(
            " ?(?:bildquelle|bildnachweis|image credit|photo credit) ?:[^\\n]{0,150}$", FLAGS);
    /** Picture agencies; a short line naming one without a sentence is a credit. */
    static final Pattern AGENCY = Pattern.compile(
            "\\b(?:getty images|picture[ -]alliance|imago|shutterstock|istock|unsplash|ap photo|afp|dpa|reuters|bloomberg)\\b",
            FLAGS);

    /** Share, print, newsletter and follow prompts. */
    static final Pattern SHARE_LINE = Pattern.compile(
            "(?:artikel teilen|teilen|share(?: this(?: article| story)?)?(?: on \\p{L}+)?|tweet|drucken|print|e-mail|"
            + "kommentare|comments|jetzt abonnieren|abonnieren|subscribe(?: now)?|sign up|follow us.{0,80}|folgen sie uns.{0,80}"
            + "|(?:zum )?newsletter(?: abonnieren| anmelden| bestellen)?)\\s*[:!.]?(?:\\s*[|·/]\\s*\\p{L}+){0,6}", FLAGS);
    static final Pattern NEWSLETTER_PROMPT = Pattern.compile(
            "newsletter.{0,120}(?:abonnieren|anmelden|bestellen|registrieren|subscribe|sign up)"
            + "|(?:abonnieren|anmelden|bestellen|subscribe to|sign up for).{0,120}newsletter", FLAGS);
    static final Pattern COOKIE_NOTICE = Pattern.compile(
            "cookies?\\b.{0,200}(?:akzeptieren|zustimmen|einwilligen|einstellungen|accept|consent|settings|"
            + "datenschutz|privacy)|(?:wir verwenden|diese (?:web)?seite (?:verwendet|nutzt)|we use|this (?:web)?site uses)"
            + " cookies", FLAGS);

    /** A teaser link: a kicker ("Video:", "Podcast:") or an arrow or "mehr" at the end of a short title. */
    static final Pattern TEASER_KICKER = Pattern.compile(
            "(?:video|podcast|liveblog|live|bildergalerie|galerie|gallery|watch|listen|ticker|newsticker)\\s*:\\s*.{1,150}",
            FLAGS);
    static final Pattern TEASER_TAIL = Pattern.compile(
            ".{1,150}?(?:\\s*(?:[»›→>]|-->|\\(mehr\\)|mehr\\s*[»›→>]|more\\s*[»›→>]|weiterlesen|mehr lesen|continue reading|read the full story))",
            FLAGS);

    /** Sentence punctuation a real sentence line ends with (quotes and brackets may follow). */
    static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;…][\"'“”„»«)\\]]*", Pattern.DOTALL);
}
