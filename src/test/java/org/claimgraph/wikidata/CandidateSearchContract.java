package org.claimgraph.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What every candidate search must do, online or over a local snapshot alike. */
abstract class CandidateSearchContract {

    abstract CandidateSearch search();

    private Map<String, Candidate> find(String name, String... langs) {
        return search().find(name, Set.of(langs)).stream().collect(Collectors.toMap(c -> c.item().toString(), c -> c));
    }

    @ParameterizedTest(name = "{0} @{1}")
    @CsvSource(delimiter = '|', value = {
            "Orion            | de | Q9100020 Q9100021",
            "Orion            | en | ",
            "Kestrel Dynamics | en | Q9100010",
            "Nordwind         | de | Q9100001",
            "Nordwind         | en | ",
            "Jonas Brandt     | de | Q9100040",
            "human            | en | Q5",
            "instance of      | en | ",   // a property's label: properties are never candidates
    })
    void findsItemsByExactLabelOrAliasInTheLanguage(String name, String lang, String expected) {
        Set<String> want = expected == null ? Set.of() : Set.of(expected.split(" "));
        assertEquals(want, find(name, lang).keySet());
    }

    @ParameterizedTest
    @CsvSource({"Kestrel Dynamics, Q9100010, label@de label@en, Q4830453",
                "Jonas Brandt,     Q9100040, alias@de label@en, Q5",
                "Nordwind Systems, Q9100001, label@de label@en, Q891723 Q4830453"})
    void mergesTheMatchesOfOneItemAcrossLanguages(String name, String qid, String matches, String types) {
        Candidate c = search().find(name, Set.of("de", "en")).stream()
                .filter(x -> x.item().toString().equals(qid)).findFirst().orElseThrow();
        assertEquals(Set.of(matches.split(" ")), c.matches());
        assertEquals(Set.of(types.split(" ")), c.types().stream().map(Qid::toString).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @CsvSource({"kestrel dynamics", "Kestrel", "'Kestrel Dynamics '", "Kestrel  Dynamics"})
    void onlyExactNamesMatch(String name) {
        List<Candidate> found = search().find(name, Set.of("de", "en"));
        assertTrue(found.isEmpty(), found.toString());
    }
}
