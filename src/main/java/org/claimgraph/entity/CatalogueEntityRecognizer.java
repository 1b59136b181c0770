package org.claimgraph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimgraph.ingest.Language;
import org.claimgraph.text.Sentence;
import org.claimgraph.text.TextDocument;

/**
 * Recognises entities by the catalogue's names, then names the catalogue lacks, then definite
 * descriptions of companies. Immutable and thread-safe once built; the alias trie is compiled once
 * in {@link Builder#build()}.
 */
public final class CatalogueEntityRecognizer implements EntityRecognizer {

    private final AliasMatcher german;
    private final AliasMatcher english;
    private final ProductDescriptions products;
    private final boolean properNames;
    private final boolean coreference;
    private final int leadSentences;
    private final boolean strictSentenceStarts;

    private CatalogueEntityRecognizer(Builder b) {
        AliasIndex index = AliasIndex.compile(b.catalogue, b.caseInsensitiveMinLength);
        this.german = new AliasMatcher(index, true);
        this.english = new AliasMatcher(index, false);
        this.products = ProductDescriptions.compile(b.catalogue);
        this.properNames = b.properNames;
        this.coreference = b.coreference;
        this.leadSentences = b.leadSentences;
        this.strictSentenceStarts = b.strictSentenceStarts;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<Mention> recognize(TextDocument document) {
        Objects.requireNonNull(document, "document");
        String text = document.text();
        Language language = document.article().language();
        List<Token> tokens = Tokenizer.tokens(text);
        AliasMatcher matcher = language == Language.EN ? english : german;
        List<Candidate> accepted = ContextResolver.resolve(matcher.find(tokens), tokens,
                strictSentenceStarts && language == Language.EN ? sentenceStarts(document, tokens) : offset -> false);

        boolean[] covered = new boolean[tokens.size()];
        Map<Integer, Entity> compoundHeads = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : accepted) {
            for (int k = c.firstToken(); k <= c.lastToken(); k++) covered[k] = true;
            if (c.form().equals("compound") && tokens.get(c.lastToken()).word()) compoundHeads.put(c.lastToken(), c.entity());
            mentions.add(new Mention(c.entity(), c.begin(), c.end(), text.substring(c.begin(), c.end()), c.method()));
        }
        if (coreference) mentions.addAll(products.find(tokens, covered, accepted, text));
        if (properNames) mentions.addAll(new ProperNameFinder(tokens, covered, text, language).find());
        if (coreference) {
            Map<Integer, Entity> personHeads = new HashMap<>();
            compoundHeads.forEach((k, e) -> {
                if (e.type() == EntityType.PERSON) personHeads.put(k, e);
            });
            Salience salience = new Salience(document, mentions, leadSentences, agency(tokens, mentions),
                    headlineEntities(document.article().headline(), text, matcher));
            mentions.addAll(new Coreferencer(tokens, covered, personHeads, language, salience).find(text));
        }
        if (coreference && language != Language.EN) mentions.addAll(CounterpartUnits.find(text, mentions, matcher));
        mentions.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
        return List.copyOf(mentions);
    }

    /** Entities of a headline kept apart from the text (the seed format puts it inside the text). */
    private static List<Entity> headlineEntities(String headline, String text, AliasMatcher matcher) {
        if (headline == null || headline.isBlank() || text.startsWith(headline.strip())) return List.of();
        List<Token> tokens = Tokenizer.tokens(headline);
        List<Entity> out = new ArrayList<>();
        for (Candidate c : ContextResolver.resolve(matcher.find(tokens), tokens)) out.add(c.entity());
        return out;
    }

    /** Offsets of the first word of each sentence (after any opening quote or bracket). */
    private static IntPredicate sentenceStarts(TextDocument document, List<Token> tokens) {
        Set<Integer> starts = new HashSet<>();
        int t = 0;
        for (Sentence s : document.sentences()) {
            while (t < tokens.size() && tokens.get(t).begin() < s.begin()) t++;
            int k = t;
            while (k < tokens.size() && !tokens.get(k).word() && tokens.get(k).begin() < s.end()) k++;
            if (k < tokens.size()) starts.add(tokens.get(k).begin());
        }
        if (document.sentences().isEmpty() && !tokens.isEmpty()) starts.add(tokens.get(0).begin());
        return starts::contains;
    }

    private static Entity agency(List<Token> tokens, List<Mention> mentions) {
        int[] span = Dateline.agencySpan(tokens);
        if (span == null) return null;
        int begin = tokens.get(span[0]).begin();
        int end = tokens.get(span[1]).end();
        for (Mention m : mentions) if (m.begin() >= begin && m.end() <= end) return m.entity();
        return null;
    }

    /** Configures a recogniser; each setter checks its argument. */
    public static final class Builder {
        private Catalogue catalogue;
        private boolean properNames = true;
        private boolean coreference = true;
        private int caseInsensitiveMinLength = 5;
        private int leadSentences = 3;
        private boolean strictSentenceStarts;

        private Builder() {
        }

        public Builder catalogue(Catalogue c) {
            this.catalogue = Objects.requireNonNull(c, "catalogue");
            return this;
        }

        /** Mint unlinked entities for names not in the catalogue (default on). */
        public Builder properNames(boolean on) {
            this.properNames = on;
            return this;
        }

        /** Resolve "der Konzern", "the company" to an organisation (default on). */
        public Builder coreference(boolean on) {
            this.coreference = on;
            return this;
        }

        /** Names with at least this many letters match regardless of case ("NVIDIA", "Whatsapp"); default 5. */
        public Builder caseInsensitiveMinLength(int letters) {
            if (letters < 1) throw new IllegalArgumentException("caseInsensitiveMinLength must be >= 1: " + letters);
            this.caseInsensitiveMinLength = letters;
            return this;
        }

        /** How many opening sentences decide the article's main organisation; default 3. */
        public Builder leadSentences(int n) {
            if (n < 1) throw new IllegalArgumentException("leadSentences must be >= 1: " + n);
            this.leadSentences = n;
            return this;
        }

        /**
         * In English, treat a plain capitalised one-word name at a sentence start ("Apple pie is…")
         * as ambiguous, needing context. Off by default: it also drops one-off mentions such as
         * "Microsoft declined to comment." Prefer marking such names cg:contextAlias in the catalogue.
         */
        public Builder strictSentenceStarts(boolean on) {
            this.strictSentenceStarts = on;
            return this;
        }

        public CatalogueEntityRecognizer build() {
            if (catalogue == null) throw new IllegalStateException("catalogue is required");
            return new CatalogueEntityRecognizer(this);
        }
    }
}
