package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.claim.Approximation;
import org.claimgraph.claim.Metric;
import org.claimgraph.claim.Modality;
import org.claimgraph.claim.Relation;
import org.claimgraph.entity.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CG.java and ontology/claimgraph.ttl describe the same terms, and the Java enums map onto them. */
class VocabularyTest {

    static final Graph ONTOLOGY = RDFDataMgr.loadGraph("ontology/claimgraph.ttl");
    static final List<Node> DECLARATION_TYPES = List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(), OWL.NamedIndividual.asNode());

    static Set<String> declaredTerms() {
        Set<String> terms = new TreeSet<>();
        for (Node type : DECLARATION_TYPES)
            ONTOLOGY.find(Node.ANY, RDF.Nodes.type, type).mapWith(Triple::getSubject)
                    .filterKeep(s -> s.isURI() && s.getURI().startsWith(CG.NS)).forEach(s -> terms.add(s.getURI()));
        return terms;
    }

    static Set<String> constants() throws IllegalAccessException {
        Set<String> terms = new TreeSet<>();
        for (Field f : CG.class.getFields())
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) terms.add(((Node) f.get(null)).getURI());
        return terms;
    }

    @Test
    void everyConstantIsDeclared() throws IllegalAccessException {
        Set<String> missing = new TreeSet<>(constants());
        missing.removeAll(declaredTerms());
        assertEquals(Set.of(), missing, "constants not declared in the ontology");
    }

    @Test
    void everyDeclaredTermHasAConstant() throws IllegalAccessException {
        Set<String> missing = new TreeSet<>(declaredTerms());
        missing.removeAll(constants());
        assertEquals(Set.of(), missing, "terms without a constant in CG");
        assertEquals(13 + 4 + 17 + 4 + 11 + 4 + 3 + 46, declaredTerms().size(),
                "classes, article, claim, metric/catalogue and relation properties, modalities, approximations, metrics");
    }

    @Test
    void everyTermIsLabelledInBothLanguagesAndDefined() {
        for (String term : declaredTerms()) {
            Node t = NodeFactory.createURI(term);
            Set<String> langs = ONTOLOGY.find(t, RDFS.Nodes.label, Node.ANY).mapWith(tr -> tr.getObject().getLiteralLanguage()).toSet();
            assertEquals(Set.of("en", "de"), langs, term);
            assertTrue(ONTOLOGY.contains(t, SKOS.definition.asNode(), Node.ANY) || ONTOLOGY.contains(t, RDFS.Nodes.comment, Node.ANY),
                    term + " has a definition");
        }
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void metricsAndTheirChangeTwinsAreIndividuals(Metric m) {
        Node metric = CG.metric(m, false);
        Node change = CG.metric(m, true);
        for (Node n : List.of(metric, change)) {
            assertTrue(ONTOLOGY.contains(n, RDF.Nodes.type, CG.Metric), n + " a cg:Metric");
            assertTrue(ONTOLOGY.contains(n, RDF.Nodes.type, OWL.NamedIndividual.asNode()), n + " a owl:NamedIndividual");
        }
        assertTrue(ONTOLOGY.contains(change, CG.changeOf, metric));
        assertFalse(ONTOLOGY.contains(metric, CG.changeOf, Node.ANY));
    }

    @ParameterizedTest
    @EnumSource(Relation.class)
    void relationsAreObjectProperties(Relation r) {
        assertTrue(ONTOLOGY.contains(CG.relation(r), RDF.Nodes.type, OWL.ObjectProperty.asNode()));
    }

    @ParameterizedTest
    @EnumSource(Modality.class)
    void modalitiesAreIndividuals(Modality m) {
        assertTrue(ONTOLOGY.contains(CG.modality(m), RDF.Nodes.type, CG.Modality));
    }

    @ParameterizedTest
    @EnumSource(Approximation.class)
    void approximationsAreIndividuals(Approximation a) {
        assertTrue(ONTOLOGY.contains(CG.approximation(a), RDF.Nodes.type, CG.Approximation));
    }

    @ParameterizedTest
    @EnumSource(EntityType.class)
    void entityTypesAreClassesBelowSchemaOrg(EntityType t) {
        Node c = CG.type(t);
        assertTrue(ONTOLOGY.contains(c, RDF.Nodes.type, OWL.Class.asNode()));
        Node parent = t.isProduct() ? SCHEMA.Product : t == EntityType.PERSON ? SCHEMA.Person : SCHEMA.Organization;
        Node direct = ONTOLOGY.find(c, RDFS.Nodes.subClassOf, Node.ANY).next().getObject();
        assertTrue(direct.equals(parent) || ONTOLOGY.contains(direct, RDFS.Nodes.subClassOf, parent), c + " ⊑ " + parent);
    }

    /** Every unit the extractor can emit is labelled in the ontology and allowed by the shapes. */
    @ParameterizedTest
    @EnumSource(org.claimgraph.claim.Unit.class)
    void unitsAreLabelledAndAllowed(org.claimgraph.claim.Unit u) {
        Node unit = WD.item(u.qid());
        Set<String> langs = ONTOLOGY.find(unit, RDFS.Nodes.label, Node.ANY).mapWith(t -> t.getObject().getLiteralLanguage()).toSet();
        assertEquals(Set.of("en", "de"), langs);
        Graph shapes = RDFDataMgr.loadGraph("ontology/shapes.ttl");
        Node shIn = NodeFactory.createURI("http://www.w3.org/ns/shacl#in");
        Node shPath = NodeFactory.createURI("http://www.w3.org/ns/shacl#path");
        Node property = shapes.find(Node.ANY, shPath, CG.unit).next().getSubject();
        Node list = shapes.find(property, shIn, Node.ANY).next().getObject();
        assertTrue(GraphList.members(new org.apache.jena.sparql.util.graph.GNode(shapes, list)).contains(unit));
    }

    @Test
    void alignments() {
        assertTrue(ONTOLOGY.contains(CG.Article, RDFS.Nodes.subClassOf, SCHEMA.NewsArticle));
        assertTrue(ONTOLOGY.contains(CG.Claim, RDFS.Nodes.subClassOf, SCHEMA.Claim));
        for (Node c : List.of(CG.QuantitativeClaim, CG.ComparativeClaim, CG.RelationClaim))
            assertTrue(ONTOLOGY.contains(c, RDFS.Nodes.subClassOf, CG.Claim));
        assertTrue(ONTOLOGY.contains(CG.evidence, RDFS.Nodes.subPropertyOf, PROV.wasDerivedFrom));
        Node ontology = NodeFactory.createURI(CG.ONTOLOGY);
        assertTrue(ONTOLOGY.contains(ontology, RDF.Nodes.type, OWL.Ontology.asNode()));
        assertTrue(ONTOLOGY.contains(ontology, OWL.versionInfo.asNode(), Node.ANY));
    }

    /** Both sh:in lists of metrics in the shapes name exactly the metric individuals. */
    @Test
    void shapesListEveryMetric() {
        Graph shapes = RDFDataMgr.loadGraph("ontology/shapes.ttl");
        Set<Node> metrics = Arrays.stream(Metric.values())
                .flatMap(m -> Stream.of(CG.metric(m, false), CG.metric(m, true))).collect(Collectors.toSet());
        Node shIn = NodeFactory.createURI("http://www.w3.org/ns/shacl#in");
        Node shPath = NodeFactory.createURI("http://www.w3.org/ns/shacl#path");
        List<Node> metricProperties = shapes.find(Node.ANY, shPath, CG.metric).mapWith(Triple::getSubject).toList();
        assertEquals(2, metricProperties.size());
        for (Node p : metricProperties) {
            Node list = shapes.find(p, shIn, Node.ANY).next().getObject();
            assertEquals(metrics, new HashSet<>(GraphList.members(new org.apache.jena.sparql.util.graph.GNode(shapes, list))));
        }
        Set<Node> individuals = ONTOLOGY.find(Node.ANY, RDF.Nodes.type, CG.Metric).mapWith(Triple::getSubject).toSet();
        assertEquals(metrics, individuals);
    }
}
