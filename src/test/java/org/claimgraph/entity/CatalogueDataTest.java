package org.claimgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the shipped catalogue and Wikidata snapshot files (data/catalogue, data/wikidata). */
class CatalogueDataTest {

    private static final Path CATALOGUE = Path.of("data/catalogue/entities.ttl");
    private static final Path SNAPSHOT = Path.of("data/wikidata/snapshot.ttl");
    private static final Path UNCONFIRMED = Path.of("data/wikidata/unconfirmed.ttl");
    private static final Path EVIDENCE = Path.of("data/wikidata/EVIDENCE.md");

    private static final String CG = "https://w3id.org/claimgraph/ontology#";
    private static final String ENT = "https://w3id.org/claimgraph/id/entity/";
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final String WDT = "http://www.wikidata.org/prop/direct/";
    private static final Set<String> TYPES = Set.of("Organization", "Person", "Product", "AIModel", "App");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private static Model catalogue;
    private static Model snapshot;

    @BeforeAll
    static void load() {
        catalogue = parse(CATALOGUE);
        snapshot = parse(SNAPSHOT);
    }

    private static Model parse(Path file) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(file).lang(Lang.TURTLE).parse(model);
        return model;
    }

    static Stream<Resource> entities() {
        return catalogue.listSubjectsWithProperty(RDF.type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(ENT));
    }

    @Test
    void catalogueHasAtLeast150Entities() {
        assertTrue(entities().count() >= 150, "entities: " + entities().count());
    }

    @Test
    void everyTypeOfTheModelIsUsed() {
        Set<String> used = new HashSet<>();
        catalogue.listObjectsOfProperty(RDF.type).forEachRemaining(o -> used.add(o.asResource().getLocalName()));
        assertEquals(TYPES, used);
    }

    @ParameterizedTest
    @MethodSource("entities")
    void entityHasOneClaimgraphTypeAndSlug(Resource entity) {
        List<String> types = catalogue.listObjectsOfProperty(entity, RDF.type)
                .mapWith(o -> o.asResource().getURI()).toList();
        assertEquals(1, types.size(), entity + " types " + types);
        String type = types.get(0);
        assertTrue(type.startsWith(CG) && TYPES.contains(type.substring(CG.length())), entity + " type " + type);
        assertTrue(SLUG.matcher(entity.getURI().substring(ENT.length())).matches(), "slug of " + entity);
    }

    @ParameterizedTest
    @MethodSource("entities")
    void entityHasOneEnglishLabelAndAtMostOneGerman(Resource entity) {
        // Two blocks with the same slug are merged by the parser; a second label per language reveals them.
        assertEquals(1, labels(entity, "en").size(), entity + " @en labels");
        assertTrue(labels(entity, "de").size() <= 1, entity + " @de labels");
    }

    private static List<String> labels(Resource entity, String lang) {
        return catalogue.listObjectsOfProperty(entity, RDFS.label)
                .filterKeep(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()))
                .mapWith(o -> o.asLiteral().getLexicalForm()).toList();
    }

    @Test
    void noEntityBlockIsWrittenTwice() throws IOException {
        // The triple stream, unlike the model, keeps repeated type triples of a duplicated block.
        Map<Triple, Integer> typeTriples = new HashMap<>();
        RDFParser.source(CATALOGUE).lang(Lang.TURTLE).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                if (triple.getPredicate().getURI().equals(RDF.type.getURI())) {
                    typeTriples.merge(triple, 1, Integer::sum);
                }
            }
        });
        List<Triple> repeated = typeTriples.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), repeated);
    }

    @Test
    void sameAsTargetsAreWellFormedQidsUsedOnce() {
        Map<String, List<String>> slugsByQid = new TreeMap<>();
        List<String> malformed = new ArrayList<>();
        catalogue.listStatements(null, OWL.sameAs, (RDFNode) null).forEachRemaining(st -> {
            String target = st.getObject().isURIResource() ? st.getObject().asResource().getURI() : st.getObject().toString();
            String qid = target.startsWith(WD) ? target.substring(WD.length()) : target;
            if (!target.startsWith(WD) || !QID.matcher(qid).matches()) {
                malformed.add(st.getSubject() + " -> " + target);
            }
            slugsByQid.computeIfAbsent(qid, k -> new ArrayList<>()).add(st.getSubject().getLocalName());
        });
        assertEquals(List.of(), malformed);
        slugsByQid.values().removeIf(slugs -> slugs.size() == 1);
        assertEquals(Map.of(), slugsByQid, "QIDs linked from more than one entity");
    }

    @Test
    void everyLinkedQidIsInTheSnapshotWithAnEnglishLabel() {
        List<String> missing = new ArrayList<>();
        for (Resource item : linkedItems()) {
            boolean labelled = snapshot.listObjectsOfProperty(snapshot.createResource(item.getURI()), RDFS.label)
                    .filterKeep(o -> o.isLiteral() && "en".equals(o.asLiteral().getLanguage())).hasNext();
            if (!labelled) {
                missing.add(item.getURI());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyLinkedQidHasAnEvidenceLine() throws IOException {
        String evidence = Files.readString(EVIDENCE);
        List<String> undocumented = linkedItems().stream().map(Resource::getLocalName)
                .filter(qid -> !Pattern.compile("\\b" + qid + "\\b").matcher(evidence).find()).toList();
        assertEquals(List.of(), undocumented);
    }

    private static List<Resource> linkedItems() {
        return catalogue.listObjectsOfProperty(OWL.sameAs).mapWith(RDFNode::asResource).toList();
    }

    @Test
    void contextAliasesHaveContextAndContextEntitiesExist() {
        Property alias = catalogue.createProperty(CG, "contextAlias");
        Property context = catalogue.createProperty(CG, "contextEntity");
        List<String> problems = new ArrayList<>();
        catalogue.listSubjectsWithProperty(alias).forEachRemaining(e -> {
            if (!e.hasProperty(context)) {
                problems.add(e + " has a context alias but no context entity");
            }
        });
        catalogue.listObjectsOfProperty(context).forEachRemaining(o -> {
            if (!catalogue.contains(o.asResource(), RDF.type)) {
                problems.add("unknown context entity " + o);
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void aliasesAreLanguageTagged() {
        List<Statement> untagged = new ArrayList<>();
        for (Property p : List.of(RDFS.label, SKOS.altLabel, catalogue.createProperty(CG, "contextAlias"))) {
            catalogue.listStatements(null, p, (RDFNode) null)
                    .filterKeep(st -> !st.getObject().isLiteral() || st.getObject().asLiteral().getLanguage().isEmpty())
                    .forEachRemaining(untagged::add);
        }
        assertEquals(List.of(), untagged);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P2139", "P2295", "P1128", "P3362"})
    void snapshotQuantitiesAreDecimalsRepeatedAsFullStatements(String pid) {
        Property direct = snapshot.createProperty(WDT, pid);
        Property claim = snapshot.createProperty("http://www.wikidata.org/prop/", pid);
        Property value = snapshot.createProperty("http://www.wikidata.org/prop/statement/", pid);
        List<String> problems = new ArrayList<>();
        snapshot.listStatements(null, direct, (RDFNode) null).forEachRemaining(st -> {
            Literal amount = st.getObject().asLiteral();
            if (!XSDDatatype.XSDdecimal.getURI().equals(amount.getDatatypeURI())) {
                problems.add(st + " is not xsd:decimal");
            }
            boolean repeated = snapshot.listObjectsOfProperty(st.getSubject(), claim)
                    .filterKeep(node -> node.asResource().hasProperty(value, amount)).hasNext();
            if (!repeated) {
                problems.add(st + " has no p:/ps: statement");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void unconfirmedFactsStayOutOfTheSnapshot() {
        Model unconfirmed = parse(UNCONFIRMED);
        List<Triple> leaked = new ArrayList<>();
        unconfirmed.listStatements().forEachRemaining(st -> {
            Node p = st.getPredicate().asNode();
            if (p.getURI().startsWith(WDT) && snapshot.contains(st)) {
                leaked.add(st.asTriple());
            }
        });
        assertEquals(List.of(), leaked);
    }
}
