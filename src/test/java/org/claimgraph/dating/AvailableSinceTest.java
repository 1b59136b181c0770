package org.claimgraph.dating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Optional;
import org.claimgraph.InputException;
import org.claimgraph.entity.Catalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** cg:availableSince as the catalogue reads it: year, year-month or date; the earliest of several; absent when unsaid. */
class AvailableSinceTest {

    @ParameterizedTest
    @CsvSource({
        "nordlicht-systems, 2009-01",   // xsd:gYear counts from January
        "orbis-cloud,       2012-09",   // xsd:date keeps its month
        "kestrel-chat,      2024-05",   // xsd:gYearMonth
        "lumen-glasses,     2024-11",   // two values: the earlier
        "brightwave,        -",         // not said
        "no-such-entity,    -"})
    void readFromTheCatalogue(String slug, String expected) {
        Optional<YearMonth> since = Dating.CATALOGUE.availableSince(slug);
        assertEquals("-".equals(expected) ? Optional.empty() : Optional.of(YearMonth.parse(expected)), since);
        Dating.CATALOGUE.entry(slug).ifPresent(e -> assertEquals(since, e.firstAvailable()));
    }

    @ParameterizedTest
    @CsvSource({
        "'\"2023-07-05T00:00:00Z\"^^xsd:dateTime', 2023-07",   // Wikidata's time values
        "'\"2023\"^^xsd:gYear, \"2022-12\"^^xsd:gYearMonth', 2022-12"})
    void otherDateShapesAreRead(String value, String expected) {
        assertEquals(Optional.of(YearMonth.parse(expected)), catalogue(value).availableSince("vapor"));
    }

    @ParameterizedTest
    @CsvSource({"'\"soon\"'", "'\"2024-13\"^^xsd:gYearMonth'"})
    void aValueThatIsNoDateIsAnInputError(String value) {
        assertThrows(InputException.class, () -> catalogue(value));
    }

    private static Catalogue catalogue(String value) {
        String ttl = """
            @prefix cg:   <https://w3id.org/claimgraph/ontology#> .
            @prefix ent:  <https://w3id.org/claimgraph/id/entity/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            ent:vapor a cg:Product ; rdfs:label "Vapor"@en ; cg:availableSince %s .
            """.formatted(value);
        return Catalogue.read(new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8)), "test.ttl");
    }
}
