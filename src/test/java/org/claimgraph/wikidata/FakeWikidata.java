package org.claimgraph.wikidata;

import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** A real Fuseki on 127.0.0.1 serving a Wikidata-shaped dataset, standing in for the query service. */
final class FakeWikidata implements AutoCloseable {

    private final FusekiServer server;

    private FakeWikidata(DatasetGraph dsg) {
        this.server = FusekiServer.create().port(0).loopback(true).verbose(false)
                .add("/wd", dsg).build().start();
    }

    static FakeWikidata serving(Path turtle) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(turtle).parse(dsg);
        return new FakeWikidata(dsg);
    }

    static FakeWikidata servingResource(String name) {
        return serving(TestFiles.resource(name));
    }

    String sparqlUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/wd/sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
