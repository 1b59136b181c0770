package org.claimgraph.wikidata;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract against a real SPARQL server over HTTP. */
class CandidateSearchOnlineTest extends CandidateSearchContract {

    private static FakeWikidata wikidata;
    private static CandidateSearch search;

    @BeforeAll
    static void start() {
        wikidata = FakeWikidata.servingResource("wikidata-fixture.ttl");
        search = CandidateSearch.online(WikidataClient.builder().endpoint(wikidata.sparqlUrl()).build());
    }

    @AfterAll
    static void stop() {
        wikidata.close();
    }

    @Override
    CandidateSearch search() {
        return search;
    }
}
