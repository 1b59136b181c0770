package org.claimgraph.claim;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.entity.Entity;

/**
 * Finds a generic part of a business a figure is for ("Umsatz mit KI" → "AI", "data center
 * revenue" → "data center", "Werbeumsatz" → "advertising"). Named parts (Azure, Reality Labs) are
 * entities, not segments.
 */
public final class SegmentDetector {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private record Segment(Pattern pattern, String name) {}

    private static final List<Segment> SEGMENTS = List.of(
        new Segment(Pattern.compile("ki-rechenzentr\\p{L}*|ai data cent(?:er|re)s?", F), "AI data centers"),
        new Segment(Pattern.compile("rechenzentr\\p{L}*|data[- ]cent(?:er|re)s?", F), "data center"),
        new Segment(Pattern.compile("\\bmit ki\\b|\\bdurch ki\\b|\\bki-\\p{L}+|künstliche[nr]? intelligenz|\\bAI\\b|\\bartificial intelligence\\b|\\bgenerative ai\\b", F), "AI"),
        new Segment(Pattern.compile("werbe\\p{L}*|\\bwerbung\\b|advertising|\\bads\\b", F), "advertising"),
        new Segment(Pattern.compile("\\bcloud\\p{L}*", F), "cloud"),
        new Segment(Pattern.compile("\\bgaming\\b|\\bspiele\\p{L}*", F), "gaming"),
        new Segment(Pattern.compile("\\bautomotive\\b|\\bauto\\p{L}*", F), "automotive"));

    /**
     * Segment words within a short window around the figure, or else in the clause the figure
     * stands in ("Die Cloud-Sparte steigerte ihre Erlöse um 34 Prozent auf 15,2 Milliarden": both
     * figures are the cloud segment's), or null.
     */
    public String detect(String sentence, int figureBegin, int figureEnd, Entity subject) {
        int from = Math.max(0, figureBegin - 45);
        int to = Math.min(sentence.length(), figureEnd + 60);
        String found = find(sentence, from, to, subject);
        if (found != null) return found;
        int clauseStart = Math.max(clauseStart(sentence, figureBegin), figureBegin - 110);
        return clauseStart < from ? find(sentence, clauseStart, from, subject) : null;
    }

    private static int clauseStart(String sentence, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = sentence.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '–' || c == '(') return i + 1;
        }
        return 0;
    }

    private static final Pattern COMPANY_NOUN = Pattern.compile(
        "[\\s-]*(?:giant|company|provider|firm|group|player|leader|titan|heavyweight|specialist|riese|konzern|anbieter|spezialist)\\b", F);

    private static final Pattern CAUSE_BEFORE = Pattern.compile(
        "\\b(?:dank|wegen|aufgrund|angetrieben (?:von|durch)|getrieben (?:von|durch)|thanks to|driven by|helped by|fueled by|fuelled by|boosted by|on the back of|amid)"
        + "\\s+(?:(?:de[rsmn]|die|das|eine[srmn]?|the|a|an|its|seine[srmn]?|ihre[srmn]?|strong|starke[nrms]?|boomende[nrms]?|booming|robust\\p{L}*|higher|kräftige[nrms]?)\\s+){0,3}[\\p{L}-]*$", F);

    private static String find(String sentence, int from, int to, Entity subject) {
        String window = sentence.substring(from, to);
        for (Segment s : SEGMENTS) {
            Matcher m = s.pattern.matcher(window);
            if (m.find()) {
                // "the e-commerce and cloud giant", "der Cloud-Anbieter": the word describes the company, it names no part
                if (COMPANY_NOUN.matcher(window.substring(m.end())).lookingAt()) continue;
                // "dank eines boomenden Cloud-Geschäfts", "driven by cloud demand": the cause, not the part the figure is for
                int at = from + m.start();
                if (CAUSE_BEFORE.matcher(sentence.substring(Math.max(0, at - 60), at)).find()) continue;
                if (subject != null && subject.label("en").toLowerCase().contains(s.name.toLowerCase())) return null;
                return s.name;
            }
        }
        return null;
    }
}
