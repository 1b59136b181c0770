package org.claimgraph.wikidata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.claimgraph.entity.EntityType;

/**
 * Scores a candidate for an entity in [0, 1]. An exact label gives 0.5 (an alias 0.4); a class
 * that fits the entity's type adds 0.4; a match in the language the articles are written in adds
 * 0.1; a class of another kind takes 0.3 away. A name item, a disambiguation or other Wikimedia
 * page scores 0: an organisation with a revenue is none of these. Without a fitting class a
 * candidate stays below the default acceptance of 0.8 however well its name matches.
 */
public final class LinkScorer {

    static final BigDecimal LABEL = new BigDecimal("0.5");
    static final BigDecimal ALIAS = new BigDecimal("0.4");
    static final BigDecimal TYPE_FITS = new BigDecimal("0.4");
    static final BigDecimal ARTICLE_LANGUAGE = new BigDecimal("0.1");
    static final BigDecimal TYPE_CONFLICTS = new BigDecimal("-0.3");

    /** A scored candidate with the reasons, in the words of the decisions file. */
    public record Scored(Candidate candidate, BigDecimal score, boolean excluded, List<String> reasons) {}

    public Scored score(UnlinkedEntity entity, Candidate c) {
        List<String> reasons = new ArrayList<>();
        reasons.add("exact " + String.join(", ", c.matches()));
        Optional<String> never = TypeClasses.never(c.types());
        if (never.isPresent()) {
            String what = entity.type().map(EntityType::localName).orElse("entity");
            reasons.add("is a " + never.get() + ", no " + what + (entity.figures() > 0 ? " with figures" : ""));
            return new Scored(c, BigDecimal.ZERO, true, reasons);
        }
        BigDecimal score = c.matchedAsLabel() ? LABEL : ALIAS;
        if (entity.type().isPresent()) {
            EntityType type = entity.type().get();
            Set<Qid> fits = TypeClasses.fitting(type);
            if (c.types().stream().anyMatch(fits::contains)) {
                score = score.add(TYPE_FITS);
                reasons.add("class fits " + type.localName());
            } else if (c.types().stream().anyMatch(TypeClasses.conflicting(type)::contains)) {
                score = score.add(TYPE_CONFLICTS);
                reasons.add("class of another kind than " + type.localName());
            } else {
                reasons.add(c.types().isEmpty() ? "no class" : "class not known to fit " + type.localName());
            }
        } else {
            reasons.add("entity has no type");
        }
        if (c.matchedIn(entity.languages())) {
            score = score.add(ARTICLE_LANGUAGE);
            reasons.add("named so in the article language");
        }
        return new Scored(c, score.max(BigDecimal.ZERO), false, reasons);
    }
}
