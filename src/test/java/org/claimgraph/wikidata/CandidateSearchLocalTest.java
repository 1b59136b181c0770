package org.claimgraph.wikidata;

/** The contract over a snapshot graph in memory. */
class CandidateSearchLocalTest extends CandidateSearchContract {

    private static final CandidateSearch SEARCH =
            CandidateSearch.local(RdfFiles.readGraph(TestFiles.resource("wikidata-fixture.ttl")));

    @Override
    CandidateSearch search() {
        return SEARCH;
    }
}
