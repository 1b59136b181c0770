package org.claimgraph.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ingest.Language;

/**
 * Sentence segmentation with ICU's sentence rules (UAX #29: no break inside "1.2" or "160.000",
 * none before a lower-case continuation), with breaks after abbreviations, dotted letter runs
 * ("z. B.", "U.S."), initials and German ordinals ("31. Oktober") suppressed by our own check.
 * ICU's FilteredBreakIteratorBuilder is not used: with its German data it also swallows the real
 * sentence break that follows a suppressed one ("z. B. Banken, zahlen mehr. Kleine …" came out as
 * one sentence in ICU 77.1); the "z. B." case of IcuSegmenterTest guards this. Every line is segmented on its own, so paragraph breaks and
 * headings without final punctuation always end a sentence. Sentences are trimmed; their offsets
 * point into the given text.
 */
public final class IcuSegmenter implements Segmenter {

    @Override
    public List<Sentence> sentences(String text, Language language) {
        List<Sentence> out = new ArrayList<>();
        BreakIterator breaks = iterator(language);
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            if (lineEnd > lineStart) segmentLine(text, lineStart, lineEnd, language, breaks, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void segmentLine(String text, int from, int to, Language language, BreakIterator breaks,
                                     List<Sentence> out) {
        String line = text.substring(from, to);
        breaks.setText(line);
        int start = 0;
        for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
            if (b < line.length() && suppressed(line, start, b, language)) continue;
            add(text, from + start, from + b, out);
            start = b;
        }
        if (start < line.length()) add(text, from + start, to, out);
    }

    /** Whether the break at {@code at} follows an abbreviation or ordinal rather than a sentence end. */
    static boolean suppressed(String line, int start, int at, Language language) {
        int end = at;
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) end--;
        if (end == start || line.charAt(end - 1) != '.') return false;
        int tokenStart = end;
        while (tokenStart > start && !Character.isWhitespace(line.charAt(tokenStart - 1))) tokenStart--;
        String token = line.substring(tokenStart, end);
        if (Abbreviations.isAbbreviation(token, language)) return true;
        if (language == Language.EN) return false;
        return OrdinalRule.isOrdinal(wordBefore(line, start, tokenStart), token, wordAfter(line, at));
    }

    private static String wordBefore(String line, int start, int tokenStart) {
        int end = tokenStart;
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) end--;
        int begin = end;
        while (begin > start && !Character.isWhitespace(line.charAt(begin - 1))) begin--;
        return begin == end ? null : line.substring(begin, end);
    }

    private static String wordAfter(String line, int at) {
        int begin = at;
        while (begin < line.length() && Character.isWhitespace(line.charAt(begin))) begin++;
        int end = begin;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) end++;
        return begin == end ? null : line.substring(begin, end);
    }

    private static void add(String text, int begin, int end, List<Sentence> out) {
        while (begin < end && isSpace(text.charAt(begin))) begin++;
        while (end > begin && isSpace(text.charAt(end - 1))) end--;
        if (end > begin) out.add(new Sentence(out.size(), begin, end, text.substring(begin, end)));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A fresh iterator per call: ICU break iterators hold state and are not thread-safe. */
    private static BreakIterator iterator(Language language) {
        ULocale locale = language == null ? ULocale.ENGLISH : ULocale.forLocale(language.locale());
        return BreakIterator.getSentenceInstance(locale);
    }
}
