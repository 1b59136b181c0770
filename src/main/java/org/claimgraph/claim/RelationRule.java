package org.claimgraph.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;
import org.claimgraph.entity.RoleCue;
import org.claimgraph.entity.RoleCues;

/**
 * Relations stated in a sentence: roles ("Finanzchefin Susan Li", "Meta CEO Mark Zuckerberg"),
 * competitors ("der X-Konkurrent Threads", "TikTok rival Reels"), ownership ("Alphabet-Tochter
 * Google", "Facebook-Mutterkonzern Meta"), developers ("Modell des Facebook-Konzerns", "Meta's
 * Llama") and succession ("Vorgänger Llama 3", "successor to GPT-4").
 */
public final class RelationRule {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern COMPETITOR_HEAD = Pattern.compile("^-(?:konkurrent|rivale|herausforderer|alternative|wettbewerber)\\p{L}*\\s*$", F);
    private static final Pattern COMPETITOR_EN = Pattern.compile("^\\s+(?:rival|competitor|challenger)s?\\s*$", F);
    private static final Pattern CHILD_HEAD = Pattern.compile("^-(?:tochter|tochterfirma|tochtergesellschaft|sparte)\\p{L}*\\s*$", F);
    private static final Pattern PARENT_HEAD = Pattern.compile("^-(?:mutter|mutterkonzern|muttergesellschaft|konzernmutter)\\p{L}*\\s*$", F);
    private static final Pattern PARENT_EN = Pattern.compile("^\\s+(?:parent|owner)\\s*$", F);
    private static final Pattern RIVAL_APPOSITION = Pattern.compile("^,\\s+(?:a|an|the|ein|eine|der|die|das)\\s+(?:\\p{L}+\\s+)?(?:rival|competitor|challenger|konkurrent\\p{L}*|rivale\\p{L}*|wettbewerber\\p{L}*)\\s+(?:of|to|von|des|der|zu)?\\s*$", F);
    private static final Pattern CHILD_APPOSITION = Pattern.compile("^,\\s+(?:a|an|the|eine?|die|der)\\s+(?:\\p{L}+\\s+)?(?:subsidiary|unit|division|tochter\\p{L}*|sparte)\\s+(?:of|von|des|der)\\s*$", F);
    private static final Pattern OWNED_VERB = Pattern.compile("^\\s+(?:gehört|gehörte|gehören)\\s+(?:\\p{L}+\\s+)?(?:zu|zum|zur|dem|der)?\\s*$|^\\s+(?:is|was|has been)\\s+(?:\\p{L}+\\s+)?owned\\s+by\\s*$|^,?\\s+owned\\s+by\\s*$", F);
    private static final Pattern PASSIVE_DEVELOPED = Pattern.compile("^\\s+(?:wurde|wird|was|is|were|has been)\\s+(?:\\p{L}+\\s+)?(?:von|by)\\s*$", F);
    private static final Pattern DEVELOPED_AFTER = Pattern.compile("^\\s+(?:\\p{L}+\\s+)?(?:entwickelt|developed|gebaut|built|trainiert|trained|veröffentlicht|released)", F);
    private static final Pattern SUCCESSOR_OF = Pattern.compile("(?:successor|nachfolger\\p{L}*)\\s+(?:to|of|von|des|der)\\s+$", F);
    private static final Pattern PREDECESSOR = Pattern.compile("(?:vorgänger\\p{L}*|predecessor|vorversion)\\s+(?:\\p{L}+\\s+)?$", F);
    private static final Pattern SUCCESSOR = Pattern.compile("(?:nachfolger\\p{L}*|successor(?: to| of)?)\\s+(?:\\p{L}+\\s+)?$", F);
    private static final Pattern DEVELOPER_LINK = Pattern.compile(
        "(?:modell\\p{L}*|version|model|chatbot\\p{L}*|sprachmodell\\p{L}*|ki\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:des|der|von|vom|from|by|of)\\s+(?:\\p{L}+\\s+)?$"
        + "|(?:entwickelt|developed|built|released|trained|made|vorgestellt)\\s+(?:\\p{L}+\\s+)?(?:von|by)\\s+(?:\\p{L}+\\s+)?$", F);


    public List<RelationClaim> apply(SentenceView view, DocumentContext doc) {
        List<RelationClaim> out = new ArrayList<>();
        List<Mention> ms = view.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention a = ms.get(i);
            Mention next = i + 1 < ms.size() ? ms.get(i + 1) : null;
            boolean adjacent = next != null && next.begin() >= a.end() && !same(a, next);
            String gap = adjacent ? view.text().substring(a.end(), next.begin()) : "";
            if (adjacent) {
                if (COMPETITOR_HEAD.matcher(gap).find() || COMPETITOR_EN.matcher(gap).find())
                    add(out, view, next.entity(), Relation.COMPETITOR_OF, a.entity(), "relation.competitor");
                if (CHILD_HEAD.matcher(gap).find() && a.entity().type() == EntityType.ORGANIZATION)
                    add(out, view, next.entity(), Relation.OWNED_BY, a.entity(), "relation.subsidiary");
                if ((PARENT_HEAD.matcher(gap).find() || PARENT_EN.matcher(gap).find()) && next.entity().type() == EntityType.ORGANIZATION)
                    add(out, view, a.entity(), Relation.OWNED_BY, next.entity(), "relation.parent");
                if (RIVAL_APPOSITION.matcher(gap).find())
                    add(out, view, a.entity(), Relation.COMPETITOR_OF, next.entity(), "relation.competitor");
                if ((CHILD_APPOSITION.matcher(gap).find() || OWNED_VERB.matcher(gap).find()) && next.entity().type() != EntityType.PERSON)
                    add(out, view, a.entity(), Relation.OWNED_BY, next.entity(), "relation.owner");
                if (a.entity().type().isProduct() && next.entity().type() == EntityType.ORGANIZATION && PASSIVE_DEVELOPED.matcher(gap).find()
                    && DEVELOPED_AFTER.matcher(view.text().substring(next.end())).find())
                    add(out, view, a.entity(), Relation.DEVELOPED_BY, next.entity(), "relation.developer");
            }
            if (a.entity().type() == EntityType.PERSON) role(out, view, a, doc);
            successionAndDeveloper(out, view, i);
        }
        return out;
    }

    private void role(List<RelationClaim> out, SentenceView view, Mention person, DocumentContext doc) {
        List<RoleCue> cues = RoleCues.before(view.text(), person);
        Relation relation = cues.isEmpty() ? null : cues.get(cues.size() - 1).relation();
        if (relation == null) {
            // "Mark Zuckerberg, CEO of Meta" / "Satya Nadella, Microsoft's chief executive"
            String after = view.text().substring(person.end(), Math.min(view.text().length(), person.end() + 45));
            if (after.startsWith(",")) relation = roleIn(after.split("[,;.)]", 3).length > 1 ? after.split("[,;.)]", 3)[1] : "");
        }
        if (relation == null) return;
        Entity org = organisationNear(view, person);
        if (org == null) org = doc.mainOrganization();
        if (org != null) add(out, view, person.entity(), relation, org, "relation.role");
    }

    /** A role named anywhere in a short text ("-Finanzchefin ", " CEO of Meta"): any run of one to three words the entity stage knows. */
    private static Relation roleIn(String text) {
        String[] words = text.split("[^\\p{L}]+");
        for (int len = 3; len >= 1; len--) {
            for (int i = 0; i + len <= words.length; i++) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len)).strip();
                if (phrase.isEmpty()) continue;
                java.util.Optional<Relation> r = RoleCues.relation(phrase);
                if (r.isPresent()) return r.get();
            }
        }
        return null;
    }

    /**
     * The organisation named with the role: "Meta-Finanzchefin X", "Meta CEO X", "Meta's CFO X",
     * "X, CEO of Meta", "Nvidia-Chef X"; else null (the caller takes the article's organisation).
     */
    private Entity organisationNear(SentenceView view, Mention person) {
        for (Mention m : view.mentions()) {
            if (m.entity().type() != EntityType.ORGANIZATION || "coreference".equals(m.method())) continue;
            if (m.end() <= person.begin()) {
                String between = view.text().substring(m.end(), person.begin());
                if (between.length() <= 40 && ROLE_AFTER_ORG.matcher(between).matches() && roleIn(between) != null) return m.entity();
            } else {
                String between = view.text().substring(person.end(), m.begin());
                if (between.length() <= 45 && ORG_AFTER_ROLE.matcher(between).matches()) return m.entity();
            }
        }
        return null;
    }

    private static final Pattern ROLE_AFTER_ORG = Pattern.compile("(?:[’']s|s)?[- ]?(?:\\p{L}+[- ]?){1,3}\\s*", F);
    private static final Pattern ORG_AFTER_ROLE = Pattern.compile(",?\\s*(?:\\p{L}+\\s+){0,4}(?:of|at|bei|von|des|der)\\s+", F);

    private static void successionAndDeveloper(List<RelationClaim> out, SentenceView view, int i) {
        Mention m = view.mentions().get(i);
        if (!m.entity().type().isProduct()) return;
        String before = view.text().substring(Math.max(0, m.begin() - 40), m.begin());
        Mention otherProduct = compoundModifier(view, m);
        if (otherProduct == null && !before.endsWith("-Nachfolger ") && !before.endsWith("-Vorgänger ")) otherProduct = nearestOther(view, m, true);
        if (otherProduct != null && same(otherProduct, m)) return;
        if (otherProduct != null && PREDECESSOR.matcher(before).find())
            add(out, view, otherProduct.entity(), Relation.FOLLOWS, m.entity(), "relation.predecessor");
        if (otherProduct != null && SUCCESSOR_OF.matcher(before).find()) {
            // "X is the successor to Y": the other one follows the one named here
            add(out, view, otherProduct.entity(), Relation.FOLLOWS, m.entity(), "relation.successor");
        } else if (otherProduct != null && SUCCESSOR.matcher(before).find()) {
            add(out, view, m.entity(), Relation.FOLLOWS, otherProduct.entity(), "relation.successor");
        }
        if (m.entity().type() == EntityType.AI_MODEL) {
            for (Mention o : view.mentions()) {
                if (o.entity().type() != EntityType.ORGANIZATION || o.begin() <= m.end()) continue;
                String link = view.text().substring(m.end(), o.begin());
                if (link.length() < 90 && DEVELOPER_LINK.matcher(link).find()) {
                    add(out, view, m.entity(), Relation.DEVELOPED_BY, o.entity(), "relation.developer");
                    break;
                }
            }
            for (Mention o : view.mentions()) {
                // "Metas Llama 4", "Meta's Llama", "OpenAI-Modell GPT-4"
                if (o.entity().type() != EntityType.ORGANIZATION || o.end() > m.begin()) continue;
                String link = view.text().substring(o.end(), m.begin());
                if (link.matches("(?i)^(?:[’']?s|-?modell\\p{L}*|s? (?:ki-|ai )?(?:modell\\p{L}*|model))?\\s*$") && link.length() < 25)
                    add(out, view, m.entity(), Relation.DEVELOPED_BY, o.entity(), "relation.developer");
            }
        }
    }

    /** In "Bard-Nachfolger Gemini" the successor's modifier names the predecessor. */
    private static Mention compoundModifier(SentenceView view, Mention m) {
        for (Mention o : view.mentions()) {
            if (o.end() <= m.begin() && m.begin() - o.end() < 16 && view.text().substring(o.end(), m.begin()).matches("-(?:Nachfolger|Vorgänger)\\p{L}*\\s+")) return o;
        }
        return null;
    }

    /** The nearest other product mention of the sentence (not the same entity). */
    private static Mention nearestOther(SentenceView view, Mention m, boolean product) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention o : view.mentions()) {
            if (same(o, m) || (product && !o.entity().type().isProduct())) continue;
            int d = Math.abs(o.begin() - m.begin());
            if (d < bestDistance) {
                bestDistance = d;
                best = o;
            }
        }
        return best;
    }

    private static boolean same(Mention a, Mention b) {
        return a.entity().slug().equals(b.entity().slug());
    }

    private static void add(List<RelationClaim> out, SentenceView view, Entity about, Relation relation, Entity object, String rule) {
        if (about.slug().equals(object.slug())) return;
        for (RelationClaim c : out) {
            if (c.about().slug().equals(about.slug()) && c.relation() == relation && c.object().slug().equals(object.slug())) return;
        }
        out.add(new RelationClaim(about, relation, object, new Provenance(view.evidence(), null, Modality.REPORTED, rule, 0.7)));
    }
}
