package org.claimgraph.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimgraph.claim.Approximation;
import org.claimgraph.claim.Claim;
import org.claimgraph.claim.ComparativeClaim;
import org.claimgraph.claim.Evidence;
import org.claimgraph.claim.Metric;
import org.claimgraph.claim.Modality;
import org.claimgraph.claim.Provenance;
import org.claimgraph.claim.QuantitativeClaim;
import org.claimgraph.claim.Relation;
import org.claimgraph.claim.RelationClaim;
import org.claimgraph.claim.Unit;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.Language;
import org.claimgraph.ingest.PublicationDate;
import org.claimgraph.pipeline.ExtractedArticle;
import org.claimgraph.text.Sentence;

/** Hand-made extracted articles (own sentences, invented figures) for the mapper tests. */
final class Samples {

    static final Entity ALPHABET = new Entity("alphabet", EntityType.ORGANIZATION,
            Map.of("en", "Alphabet", "de", "Alphabet"), List.of("Alphabet Inc."), "Q20800404");
    static final Entity GOOGLE_CLOUD = new Entity("google-cloud", EntityType.ORGANIZATION,
            Map.of("en", "Google Cloud"), List.of(), null);
    static final Entity PORAT = new Entity("ruth-porat", EntityType.PERSON, Map.of("en", "Ruth Porat"), List.of(), null);
    static final Entity GEMINI = new Entity("gemini-app", EntityType.APP, Map.of("en", "Gemini"), List.of(), null);
    static final Entity COPILOT = new Entity("copilot", EntityType.APP, Map.of("en", "Copilot"), List.of(), null);
    static final Entity MICROSOFT = new Entity("microsoft", EntityType.ORGANIZATION,
            Map.of("en", "Microsoft", "de", "Microsoft"), List.of(), "Q2283");

    /** The first sentence carries an emoji, so UTF-16 and code-point offsets differ after it. */
    static final List<String> SENTENCES = List.of(
            "Alphabet lifts its cloud sales \uD83D\uDCC8.",
            "Alphabet reported revenue of 81.25 billion dollars for the second quarter, finance chief Ruth Porat said.",
            "Google Cloud expects an operating income between 1.5 and 1.75 billion dollars in 2026.",
            "The Gemini app is used by roughly twice as many people as Copilot from Microsoft.");

    private Samples() {}

    static String text() {
        return String.join(" ", SENTENCES);
    }

    static List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        String text = text();
        int from = 0;
        for (String s : SENTENCES) {
            int b = text.indexOf(s, from);
            out.add(new Sentence(out.size(), b, b + s.length(), s));
            from = b + s.length();
        }
        return out;
    }

    static Evidence evidence(int sentence) {
        Sentence s = sentences().get(sentence);
        return new Evidence(s.begin(), s.end(), s.text());
    }

    static Mention mention(Entity e, String surface, int sentence) {
        Sentence s = sentences().get(sentence);
        int b = s.begin() + s.text().indexOf(surface);
        return new Mention(e, b, b + surface.length(), surface, "catalogue");
    }

    static QuantitativeClaim revenue() {
        return new QuantitativeClaim(ALPHABET, Metric.REVENUE, false, new BigDecimal("8.125E10"), null, null,
                Unit.USD, null, "2025-Q2", null,
                new Provenance(evidence(1), PORAT, Modality.REPORTED, "figure-said", 0.9));
    }

    static QuantitativeClaim operatingIncomeRange() {
        return new QuantitativeClaim(GOOGLE_CLOUD, Metric.OPERATING_INCOME, false, null,
                new BigDecimal("1500000000.00"), new BigDecimal("1750000000"), Unit.USD, null, "2026", null,
                new Provenance(evidence(2), null, Modality.FORECAST, "range-expects", 0.75));
    }

    static ComparativeClaim comparison() {
        return new ComparativeClaim(GEMINI, Metric.USERS, new BigDecimal("2"), COPILOT, Approximation.APPROXIMATELY,
                new Provenance(evidence(3), null, Modality.REPORTED, "times-as-many", 0.6));
    }

    static RelationClaim cfo() {
        return new RelationClaim(PORAT, Relation.CHIEF_FINANCIAL_OFFICER_OF, ALPHABET,
                new Provenance(evidence(1), null, Modality.REPORTED, "role-apposition", 0.8));
    }

    static ExtractedArticle article() {
        return article(List.of(revenue(), operatingIncomeRange(), comparison(), cfo()));
    }

    static ExtractedArticle article(List<Claim> claims) {
        Article a = new Article("t01_en_alphabet.txt", "https://news.example.org/alphabet/cloud-sales",
                PublicationDate.parse("2025-07-24").orElseThrow(), Language.EN, SENTENCES.get(0), text());
        List<Mention> mentions = List.of(mention(ALPHABET, "Alphabet", 0), mention(ALPHABET, "Alphabet", 1),
                mention(PORAT, "Ruth Porat", 1), mention(GOOGLE_CLOUD, "Google Cloud", 2),
                mention(GEMINI, "Gemini", 3), mention(COPILOT, "Copilot", 3), mention(MICROSOFT, "Microsoft", 3));
        return new ExtractedArticle(a, sentences(), mentions, claims);
    }
}
