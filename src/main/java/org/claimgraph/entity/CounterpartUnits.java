package org.claimgraph.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Die Cloud-Sparte AWS wuchs um 17 Prozent. Die vergleichbare Sparte von Microsoft legte um
 * 26 Prozent zu": a unit named only as the counterpart of one named
 * before is the owner's unit of the same kind, when the catalogue knows it by "owner kind" ("Google Cloud").
 */
final class CounterpartUnits {

    private static final Pattern ANAPHOR = Pattern.compile(
        "\\b(?:[Dd](?:er|ie|as|es|em|en))\\s+((?:entsprechende|vergleichbare)[nms]?\\s+"
        + "(?:Geschäftsbereich\\p{L}*|Sparte|Segment\\p{L}*|Geschäft\\p{L}*|Einheit|Bereich\\p{L}*))(?!\\p{L})");
    /** the kind of a unit named before: "Cloud-Sparte", "Cloudsparte", "Cloud-Geschäft" */
    private static final Pattern KIND = Pattern.compile(
        "(?<![\\p{L}-])(\\p{Lu}\\p{L}*?)-?(?:[Ss]parte|[Gg]eschäft(?:sbereich)?|[Ss]egment)(?!\\p{L})");
    private static final int WINDOW = 400;

    private CounterpartUnits() {
    }

    static List<Mention> find(String text, List<Mention> mentions, AliasMatcher matcher) {
        List<Mention> out = new ArrayList<>();
        Matcher a = ANAPHOR.matcher(text);
        while (a.find()) {
            Mention owner = ownerAfter(text, mentions, a.end());
            String kind = kindBefore(text, a.start());
            if (owner == null || kind == null) continue;
            List<Token> tokens = Tokenizer.tokens(owner.surface() + " " + kind);
            for (Candidate c : matcher.find(tokens)) {
                // the whole "owner kind" must be one catalogue name, not the owner alone
                if (c.firstToken() == 0 && c.lastToken() == tokens.size() - 1 && !c.entity().equals(owner.entity())) {
                    out.add(new Mention(c.entity(), a.start(1), a.end(1), a.group(1), "counterpart"));
                }
            }
        }
        return out;
    }

    /** "der Amazon-Tochter AWS": the organisation that heads the genitive after the anaphor, not a modifier. */
    private static Mention ownerAfter(String text, List<Mention> mentions, int from) {
        for (Mention m : mentions) {
            if (m.begin() < from || m.begin() - from > 60) continue;
            if (m.entity().type() != EntityType.ORGANIZATION || text.startsWith("-", m.end())) continue;
            return m;
        }
        return null;
    }

    private static String kindBefore(String text, int before) {
        Matcher k = KIND.matcher(text.substring(Math.max(0, before - WINDOW), before));
        String kind = null;
        while (k.find()) kind = k.group(1);
        return kind;
    }
}
