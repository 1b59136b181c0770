package org.claimgraph.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.entity.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlinkedCommandTest {

    private static final String ENT = "https://w3id.org/claimgraph/id/entity/";

    @Test
    void findsTheEntitiesWithoutALinkMostMentionedFirst() {
        List<UnlinkedEntity> found = UnlinkedEntities.find(ClaimData.load(null, List.of(TestFiles.resource("articles.trig"))));
        assertEquals(List.of("kestrel-dynamics", "harper", "orion", "jonas-brandt", "lumen-chat"),
                found.stream().map(e -> e.iri().substring(ENT.length())).toList());
        UnlinkedEntity kestrel = found.get(0);
        assertEquals(2, kestrel.articles());
        assertEquals(2, kestrel.mentions());
        assertEquals(1, kestrel.claims());
        assertEquals(1, kestrel.figures());
        assertEquals(Optional.of(EntityType.ORGANIZATION), kestrel.type());
        assertEquals(Set.of("de", "en"), kestrel.languages());
        assertEquals(List.of(new UnlinkedEntity.Name("Kestrel Dynamics", "de"), new UnlinkedEntity.Name("Kestrel Dynamics", "en")),
                kestrel.labels());
        assertEquals(Optional.of(EntityType.APP), found.get(4).type());
        assertEquals(Set.of("en"), found.get(4).languages());
    }

    @Test
    void printsATableFromFiles() {
        Cli r = Cli.run("unlinked", "--data", TestFiles.resource("articles.trig").toString(),
                TestFiles.resource("catalogue.ttl").toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("ENTITY "), r.out());
        assertTrue(lines.get(2).startsWith("Kestrel Dynamics  Organization  \"Kestrel Dynamics\"@de, \"Kestrel Dynamics\"@en  "), r.out());
        assertEquals("5 unlinked entities", lines.get(lines.size() - 1));
        assertFalse(r.out().contains("nordwind"), "linked in the articles");
    }

    @Test
    void readsATdb2Store(@TempDir Path dir) {
        Path store = dir.resolve("store");
        Dataset tdb = TDB2Factory.connectDataset(store.toString());
        Txn.executeWrite(tdb, () -> RDFDataMgr.read(tdb, TestFiles.resource("articles.trig").toString()));
        // the catalogue links Lumen Chat nowhere and Nordwind already; the store holds it in its own graph
        Txn.executeWrite(tdb, () -> RDFDataMgr.read(tdb.getNamedModel("https://w3id.org/claimgraph/graph/catalogue"),
                TestFiles.resource("catalogue.ttl").toString()));
        TDBInternal.expel(tdb.asDatasetGraph());
        Cli r = Cli.run("unlinked", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("5 unlinked entities"), r.out());
        assertTrue(r.out().lines().skip(2).findFirst().orElse("").startsWith("Kestrel Dynamics "), r.out());
    }

    @Test
    void aMissingStoreIsAClearError(@TempDir Path dir) {
        Cli r = Cli.run("unlinked", "--store", dir.resolve("nope").toString());
        assertEquals(CommandSupport.FAILED, r.exit());
        assertTrue(r.err().contains("no such store directory"), r.err());
    }
}
