package org.claimgraph.golden;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.claimgraph.claim.Claim;
import org.claimgraph.claim.ComparativeClaim;
import org.claimgraph.claim.QuantitativeClaim;
import org.claimgraph.claim.RelationClaim;
import org.claimgraph.entity.Entity;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.Language;
import org.claimgraph.ingest.PublicationDate;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.pipeline.Pipelines;

/**
 * Runs sentences through the real standard pipeline and renders claims in a compact, comparable
 * form, so that phenomenon tests read as tables:
 * <ul>
 *   <li>quantitative: {@code Q:subject|Metric|value|lower|upper|unit|approx|period|modality|speaker}</li>
 *   <li>comparative: {@code C:subject|Metric|ratio|comparedTo|approx|modality}</li>
 *   <li>relation: {@code R:subject|relation|object}</li>
 * </ul>
 * Absent fields are {@code -}; unit is USD/EUR/PERCENT; approx is Approximately/AtMost/AtLeast;
 * decimals are compared by value (both sides are normalised). Several claims are joined by {@code ;}
 * and compared as a sorted set.
 */
public final class ClaimStrings {

    /** Default publication date of phenomenon sentences: relative periods resolve against it. */
    public static final String DEFAULT_DATE = "2025-08-01";

    private static final Pipeline PIPELINE = Pipelines.standard();

    private ClaimStrings() {}

    public static Pipeline pipeline() {
        return PIPELINE;
    }

    /** Claims of the given kinds ("Q", "C", "R") in the text, rendered and sorted. */
    public static Set<String> extract(String lang, String date, String text, String kinds) {
        Language language = Language.valueOf(lang.toUpperCase());
        Article article = new Article("t.txt", null, PublicationDate.parse(date).orElseThrow(), language, null, text);
        List<Claim> claims = PIPELINE.process(article).claims();
        Set<String> out = new TreeSet<>();
        for (Claim c : claims) {
            String s = render(c);
            if (kinds.indexOf(s.charAt(0)) >= 0) out.add(s);
        }
        return out;
    }

    public static Set<String> extract(String lang, String text, String kinds) {
        return extract(lang, DEFAULT_DATE, text, kinds);
    }

    /** Parses an expectation cell ("Q:…;Q:…" or empty for none) into the same normal form. */
    public static Set<String> expected(String cell) {
        Set<String> out = new TreeSet<>();
        if (cell == null || cell.isBlank()) return out;
        for (String part : cell.split(";")) {
            String p = part.strip();
            if (!p.isEmpty()) out.add(normalise(p));
        }
        return out;
    }

    public static String render(Claim c) {
        if (c instanceof QuantitativeClaim q) {
            return "Q:" + String.join("|", slug(q.about()), q.metricLocalName(), num(q.value()), num(q.lower()),
                    num(q.upper()), q.unit() == null ? "-" : q.unit().name(),
                    q.approximation() == null ? "-" : q.approximation().localName(), dash(q.period()),
                    q.provenance().modality().localName(), slug(q.provenance().speaker()));
        }
        if (c instanceof ComparativeClaim cc) {
            return "C:" + String.join("|", slug(cc.about()), cc.metric() == null ? "-" : cc.metric().localName(),
                    num(cc.ratio()), slug(cc.comparedTo()),
                    cc.approximation() == null ? "-" : cc.approximation().localName(),
                    cc.provenance().modality().localName());
        }
        RelationClaim r = (RelationClaim) c;
        return "R:" + String.join("|", slug(r.about()), r.relation().localName(), slug(r.object()));
    }

    /** Re-renders the numeric fields of an expectation so "13.50" equals "13.5" and "2E+9" equals "2000000000". */
    static String normalise(String claim) {
        String kind = claim.substring(0, 2);
        String[] f = claim.substring(2).split("\\|", -1);
        List<Integer> numeric = switch (kind) {
            case "Q:" -> List.of(2, 3, 4);
            case "C:" -> List.of(2);
            default -> List.of();
        };
        for (int i : numeric) {
            if (i < f.length && !f[i].equals("-")) f[i] = num(new BigDecimal(f[i].replace("_", "")));
        }
        return kind + Arrays.stream(f).collect(Collectors.joining("|"));
    }

    static String num(BigDecimal d) {
        if (d == null) return "-";
        if (d.signum() == 0) return "0";
        return d.stripTrailingZeros().toPlainString();
    }

    private static String slug(Entity e) {
        return e == null ? "-" : e.slug();
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    /** Renders a list for failure messages. */
    public static String show(Set<String> claims) {
        return claims.isEmpty() ? "(no claim)" : String.join("\n  ", new ArrayList<>(claims));
    }
}
