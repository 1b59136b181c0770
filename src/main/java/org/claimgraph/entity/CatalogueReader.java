package org.claimgraph.entity;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.InputException;
import org.claimgraph.Location;

/** Parses catalogue and Wikidata Turtle into one model, then turns the model into entries. */
final class CatalogueReader {

    private static final Pattern YEAR_MONTH = Pattern.compile("\\+?(\\d{4})(?:-(\\d{2})(?:-\\d{2}(?:T[0-9:.]+(?:Z|[+-]\\d{2}:\\d{2})?)?)?)?");

    private final Model model = ModelFactory.createDefaultModel();

    void read(Path file) {
        if (!Files.isReadable(file)) throw new InputException("catalogue file not readable", Location.of(file.toString()));
        parse(RDFParser.source(file), file.toString());
    }

    void read(InputStream in, String sourceName) {
        parse(RDFParser.source(in), sourceName);
    }

    private void parse(org.apache.jena.riot.RDFParserBuilder builder, String source) {
        try {
            builder.lang(Lang.TURTLE).errorHandler(new ErrorHandler() {
                @Override
                public void warning(String message, long line, long col) {
                    // a warning (e.g. an unusual IRI) does not make the catalogue unusable
                }

                @Override
                public void error(String message, long line, long col) {
                    throw new InputException("bad Turtle: " + message, Location.at(source, line, -1));
                }

                @Override
                public void fatal(String message, long line, long col) {
                    error(message, line, col);
                }
            }).parse(model);
        } catch (InputException e) {
            throw e;
        } catch (RiotParseException e) {
            throw new InputException("bad Turtle: " + e.getOriginalMessage(), Location.at(source, e.getLine(), -1), e);
        } catch (RiotException e) {
            throw new InputException("bad Turtle: " + e.getMessage(), Location.of(source), e);
        }
    }

    Catalogue build() {
        return entries(model);
    }

    static Catalogue entries(Model model) {
        List<CatalogueEntry> out = new ArrayList<>();
        Map<String, EntityType> typed = new LinkedHashMap<>();
        for (Map.Entry<Resource, EntityType> t : CatalogueVocab.TYPES.entrySet()) {
            for (Resource s : model.listSubjectsWithProperty(RDF.type, t.getKey()).toList()) {
                if (!s.isURIResource() || !s.getURI().startsWith(CatalogueVocab.ENTITY)) continue;
                EntityType old = typed.get(s.getURI());
                if (old == null || CatalogueVocab.specificity(t.getValue()) < CatalogueVocab.specificity(old)) {
                    typed.put(s.getURI(), t.getValue());
                }
            }
        }
        for (Map.Entry<String, EntityType> t : typed.entrySet()) {
            out.add(entry(model, model.createResource(t.getKey()), t.getValue()));
        }
        return new Catalogue(out);
    }

    private static CatalogueEntry entry(Model model, Resource s, EntityType type) {
        String slug = s.getURI().substring(CatalogueVocab.ENTITY.length());
        if (slug.isEmpty() || slug.contains("/") || slug.contains("#")) {
            throw new InputException("entity IRI has no usable slug: " + s.getURI(), Location.UNKNOWN);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (Literal l : literals(s, RDFS.label, CatalogueVocab.PREF_LABEL)) {
            labels.putIfAbsent(langKey(l), l.getLexicalForm());
        }
        for (Literal l : literals(s, CatalogueVocab.ALT_LABEL)) names.add(l.getLexicalForm());
        for (Literal l : literals(s, RDFS.label, CatalogueVocab.PREF_LABEL)) names.add(l.getLexicalForm());

        String qid = null;
        for (RDFNode o : sorted(model.listObjectsOfProperty(s, OWL.sameAs).toList())) {
            if (o.isURIResource() && o.asResource().getURI().startsWith(CatalogueVocab.WD)) {
                qid = o.asResource().getURI().substring(CatalogueVocab.WD.length());
                break;
            }
        }
        Set<String> external = new TreeSet<>();
        if (qid != null) {
            Resource item = model.createResource(CatalogueVocab.WD + qid);
            for (Literal l : literals(item, RDFS.label, CatalogueVocab.PREF_LABEL, CatalogueVocab.ALT_LABEL)) {
                if (!wanted(l)) continue;
                // the catalogue's own labels stay authoritative: Wikidata names only add aliases
                if (names.add(l.getLexicalForm())) external.add(l.getLexicalForm());
            }
        }
        Set<String> contextAliases = new TreeSet<>();
        for (Literal l : literals(s, CatalogueVocab.CONTEXT_ALIAS)) {
            contextAliases.add(l.getLexicalForm());
            names.add(l.getLexicalForm());
        }
        Set<String> contextEntities = new TreeSet<>();
        for (RDFNode o : model.listObjectsOfProperty(s, CatalogueVocab.CONTEXT_ENTITY).toList()) {
            if (o.isURIResource() && o.asResource().getURI().startsWith(CatalogueVocab.ENTITY)) {
                contextEntities.add(o.asResource().getURI().substring(CatalogueVocab.ENTITY.length()));
            }
        }
        List<String> aliases = new ArrayList<>();
        for (String n : names) if (!labels.containsValue(n)) aliases.add(n);
        Entity entity = new Entity(slug, type, labels, aliases, qid);
        return new CatalogueEntry(entity, contextAliases, contextEntities, external, availableSince(s));
    }

    /**
     * {@code cg:availableSince} as xsd:gYearMonth, xsd:date, xsd:dateTime or xsd:gYear (a year counts
     * from its January: the bound must never be later than the truth). Several values: the earliest holds.
     */
    private static YearMonth availableSince(Resource s) {
        YearMonth earliest = null;
        for (Literal l : literals(s, CatalogueVocab.AVAILABLE_SINCE)) {
            Matcher m = YEAR_MONTH.matcher(l.getLexicalForm().strip());
            if (!m.matches()) {
                throw new InputException("cg:availableSince of " + s.getURI() + " is no year, year-month or date: "
                        + l.getLexicalForm(), Location.UNKNOWN);
            }
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new InputException("cg:availableSince of " + s.getURI() + " has no valid month: "
                        + l.getLexicalForm(), Location.UNKNOWN);
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            if (earliest == null || ym.isBefore(earliest)) earliest = ym;
        }
        return earliest;
    }

    /** Wikidata carries labels in hundreds of languages; only ours are names found in our text. */
    private static boolean wanted(Literal l) {
        String lang = l.getLanguage().toLowerCase(Locale.ROOT);
        return lang.isEmpty() || lang.equals("mul") || lang.startsWith("en") || lang.startsWith("de");
    }

    private static String langKey(Literal l) {
        String lang = l.getLanguage().toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        if (dash > 0) lang = lang.substring(0, dash);
        return lang.isEmpty() ? "en" : lang;
    }

    /** Literals of the given properties, in a stable order (labels per language first-come must not depend on hashing). */
    private static List<Literal> literals(Resource s, Property... props) {
        List<Literal> out = new ArrayList<>();
        for (Property p : props) {
            List<Literal> one = new ArrayList<>();
            for (Statement st : s.listProperties(p).toList()) {
                if (st.getObject().isLiteral()) one.add(st.getLiteral());
            }
            one.sort(Comparator.comparing(Literal::getLanguage).thenComparing(Literal::getLexicalForm));
            out.addAll(one);
        }
        return out;
    }

    private static List<RDFNode> sorted(List<RDFNode> nodes) {
        List<RDFNode> out = new ArrayList<>(nodes);
        out.sort(Comparator.comparing(RDFNode::toString));
        return out;
    }
}
