package org.claimgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueTest {

    private static final Catalogue CATALOGUE = TestDocs.catalogue();
    private static final Catalogue JOINED = TestDocs.catalogueWithWikidata();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "meta-platforms   | ORGANIZATION | Meta Platforms  | Q380",
            "x-social-network | APP          | X               | Q918",
            "elon-musk        | PERSON       | Elon Musk       | Q317521",
            "llama            | AI_MODEL     | Llama           | ",
            "susan-li         | PERSON       | Susan Li        | ",
            "instagram-reels  | PRODUCT      | Instagram Reels | ",
    })
    void entityBySlug(String slug, EntityType type, String label, String qid) {
        Entity e = CATALOGUE.bySlug(slug).orElseThrow();
        assertEquals(type, e.type());
        assertEquals(label, e.label("en"));
        assertEquals(qid, e.qid());
        assertEquals(qid != null, e.isLinked());
        if (qid != null) {
            assertEquals(e, CATALOGUE.byQid(qid).orElseThrow());
            assertEquals(e, CATALOGUE.byQid("http://www.wikidata.org/entity/" + qid).orElseThrow());
        }
    }

    @Test
    void aliasesContextAndAll() {
        Entity meta = CATALOGUE.bySlug("meta-platforms").orElseThrow();
        assertTrue(meta.aliases().containsAll(List.of("Meta", "Facebook-Konzern", "Meta Platforms Inc.")), meta.aliases().toString());
        assertFalse(meta.aliases().contains("Meta Platforms"), "the label is not repeated as an alias");
        CatalogueEntry x = CATALOGUE.entry("x-social-network").orElseThrow();
        assertEquals(java.util.Set.of("X"), x.contextAliases());
        assertEquals(java.util.Set.of("elon-musk", "threads"), x.contextEntities());
        assertEquals(25, CATALOGUE.all().size());
        List<String> slugs = CATALOGUE.all().stream().map(Entity::slug).toList();
        assertEquals(slugs.stream().sorted().toList(), slugs, "all() is ordered by slug");
        assertTrue(CATALOGUE.bySlug("no-such-thing").isEmpty());
        assertTrue(CATALOGUE.byQid("Q1").isEmpty());
        assertTrue(CATALOGUE.byQid(null).isEmpty());
    }

    @Test
    void wikidataNamesBecomeAliasesThroughSameAs() {
        Entity nvidia = JOINED.bySlug("nvidia").orElseThrow();
        assertTrue(nvidia.aliases().contains("Nvidia Corp."));
        Entity musk = JOINED.bySlug("elon-musk").orElseThrow();
        assertTrue(musk.aliases().contains("Elon Reeve Musk"));
        assertEquals(java.util.Map.of("en", "Elon Musk"), musk.labels(), "labels come from the catalogue only");
        Entity microsoft = JOINED.bySlug("microsoft").orElseThrow();
        assertTrue(microsoft.aliases().contains("Microsoft Corp."), "a German Wikidata label becomes an alias");
        CatalogueEntry meta = JOINED.entry("meta-platforms").orElseThrow();
        assertTrue(meta.entity().aliases().contains("Meta Platforms, Inc."));
        assertTrue(meta.externalAliases().contains("FB"));
        assertFalse(meta.entity().aliases().contains("Plateformes Meta"), "only German and English names are read");
        assertEquals(CATALOGUE.size(), JOINED.size(), "Wikidata items outside the catalogue add no entities");
        assertFalse(CATALOGUE.bySlug("nvidia").orElseThrow().aliases().contains("Nvidia Corp."));
    }

    @Test
    void loadsFromFilesAndFromAModel(@TempDir Path dir) throws Exception {
        Path cat = dir.resolve("entities.ttl");
        Path wd = dir.resolve("snapshot.ttl");
        Files.copy(getClass().getResourceAsStream("/entity/catalogue.ttl"), cat);
        Files.copy(getClass().getResourceAsStream("/entity/wikidata.ttl"), wd);
        Catalogue fromFiles = Catalogue.load(cat, wd);
        assertEquals(JOINED.all(), fromFiles.all());
        Catalogue fromStreams = Catalogue.reader()
                .add(getClass().getResourceAsStream("/entity/catalogue.ttl"), "catalogue.ttl")
                .add(wd).build();
        assertEquals(JOINED.all(), fromStreams.all());
        Model m = RDFParser.source(cat).lang(Lang.TURTLE).toModel();
        assertEquals(CATALOGUE.all(), Catalogue.fromModel(m).all());
    }

    @Test
    void malformedTurtleIsAnInputErrorWithItsLine() {
        InputException e = assertThrows(InputException.class,
                () -> Catalogue.read(getClass().getResourceAsStream("/entity/broken.ttl"), "broken.ttl"));
        assertEquals("broken.ttl", e.location().source());
        assertEquals(5, e.location().line());
        assertTrue(e.isUserError());
    }

    @Test
    void missingFileIsAnInputError(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> Catalogue.load(dir.resolve("none.ttl")));
        assertTrue(e.describe().contains("none.ttl"));
    }

    @Test
    void untypedAndForeignSubjectsAreNotEntities() {
        String ttl = """
                @prefix cg: <https://w3id.org/claimgraph/ontology#> .
                @prefix ent: <https://w3id.org/claimgraph/id/entity/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                ent:acme a cg:Organization, cg:Product ; rdfs:label "Acme" .
                ent:acme-app a cg:Product, cg:App ; rdfs:label "Acme App"@en .
                ent:loose rdfs:label "Loose" .
                <http://example.org/other> a cg:Organization ; rdfs:label "Other" .
                """;
        Catalogue c = Catalogue.read(new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8)), "inline");
        assertEquals(List.of("acme", "acme-app"), c.all().stream().map(Entity::slug).toList());
        assertEquals(EntityType.ORGANIZATION, c.bySlug("acme").orElseThrow().type());
        assertEquals(EntityType.APP, c.bySlug("acme-app").orElseThrow().type(), "the most specific class wins");
        assertEquals("Acme", c.bySlug("acme").orElseThrow().label("de"), "an untagged label serves every language");
        assertNull(c.bySlug("acme").orElseThrow().qid());
    }

    @Test
    void defaultCatalogueComesFromTheClasspathOrFailsClearly() {
        if (Catalogue.class.getResource(Catalogue.DEFAULT_CATALOGUE) == null) {
            ClaimgraphException e = assertThrows(ClaimgraphException.class, Catalogue::loadDefault);
            assertTrue(e.getMessage().contains("/catalogue/entities.ttl"), e.getMessage());
        } else {
            assertTrue(Catalogue.loadDefault().size() > 0);
        }
    }
}
