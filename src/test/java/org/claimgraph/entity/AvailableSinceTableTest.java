package org.claimgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks data/catalogue/AVAILABLE_SINCE.md, the first-release dates collected for the catalogue:
 * every row names a catalogue entity, a date written at its stated precision, and at least two
 * sources, because the dates bound the publication date of undated articles and a wrong one
 * would silently reject correct dates.
 */
class AvailableSinceTableTest {

    private static final Path TABLE = Path.of("data/catalogue/AVAILABLE_SINCE.md");
    private static final Path CATALOGUE = Path.of("data/catalogue/entities.ttl");
    private static final String ENT = "https://w3id.org/claimgraph/id/entity/";
    private static final Pattern ROW = Pattern.compile("^\\| ([a-z0-9-]+) \\| ([0-9-]+) \\| (day|month|year) \\| (.+) \\| (.+) \\|$");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern SAME_AS_ROW = Pattern.compile("same sources as ([a-z0-9-]+)");

    /** One table row; section is the "## " heading above it (empty for the first table). */
    record Row(String section, String slug, String date, String precision, String what, String sources) {}

    private static Set<String> slugs;
    private static List<Row> rows;

    @BeforeAll
    static void load() throws IOException {
        Model catalogue = ModelFactory.createDefaultModel();
        RDFParser.source(CATALOGUE).lang(Lang.TURTLE).parse(catalogue);
        slugs = new HashSet<>();
        catalogue.listSubjectsWithProperty(RDF.type).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(ENT)) slugs.add(r.getURI().substring(ENT.length()));
        });
        rows = parse(Files.readAllLines(TABLE));
    }

    /** Table rows of the file; headers, separators and prose are skipped. */
    static List<Row> parse(List<String> lines) {
        List<Row> out = new ArrayList<>();
        String section = "";
        for (String line : lines) {
            if (line.startsWith("## ")) section = line.substring(3).strip();
            Matcher m = ROW.matcher(line.strip());
            if (m.matches()) out.add(new Row(section, m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
        }
        return out;
    }

    /** Whether the date is a real calendar date written exactly at the precision. */
    static boolean writtenAtPrecision(String date, String precision) {
        try {
            return switch (precision) {
                case "day" -> date.length() == 10 && LocalDate.parse(date) != null;
                case "month" -> date.length() == 7 && YearMonth.parse(date) != null;
                case "year" -> date.matches("[0-9]{4}");
                default -> false;
            };
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static Stream<Row> rows() {
        return rows.stream();
    }

    @Test
    void tableHasRows() {
        assertTrue(rows.size() >= 10, "rows read: " + rows.size());
    }

    @ParameterizedTest
    @MethodSource("rows")
    void slugIsACatalogueEntity(Row row) {
        assertTrue(slugs.contains(row.slug()), row.slug());
    }

    @ParameterizedTest
    @MethodSource("rows")
    void dateIsWrittenAtItsPrecision(Row row) {
        assertTrue(writtenAtPrecision(row.date(), row.precision()), row.slug() + " " + row.date() + " " + row.precision());
    }

    @ParameterizedTest
    @MethodSource("rows")
    void rowHasTwoSourcesOrNamesARowThatHas(Row row) {
        Matcher same = SAME_AS_ROW.matcher(row.sources());
        Row cited = same.find() ? rows.stream().filter(r -> r.slug().equals(same.group(1))).findFirst().orElse(null) : row;
        assertTrue(cited != null && URL.matcher(cited.sources()).results().count() >= 2, row.slug() + ": " + row.sources());
    }

    @Test
    void noEntityIsListedTwiceInOneTable() {
        Set<String> seen = new HashSet<>();
        List<String> repeated = rows.stream().map(r -> r.section() + "/" + r.slug()).filter(k -> !seen.add(k)).toList();
        assertEquals(List.of(), repeated);
    }

    @ParameterizedTest
    @CsvSource({
            "2023-07-05, day, true",
            "2023-02-30, day, false",
            "2023-07, day, false",
            "2023-07, month, true",
            "2023-13, month, false",
            "2023-07-05, month, false",
            "2023, year, true",
            "23, year, false"
    })
    void precisionCheckAcceptsOnlyMatchingForms(String date, String precision, boolean expected) {
        assertEquals(expected, writtenAtPrecision(date, precision));
    }

    @Test
    void parserSkipsHeadersAndSeparators() {
        List<Row> parsed = parse(List.of(
                "| entity slug | date | precision | what happened | sources |",
                "|---|---|---|---|---|",
                "| threads | 2023-07-05 | day | launched | https://a.example/x; https://b.example/y |",
                "## Names",
                "| x-social-network | 2023-07-23 | day | renamed | https://c.example/z |",
                "Some prose."));
        assertEquals(List.of("threads", "x-social-network"), parsed.stream().map(Row::slug).toList());
        assertEquals(List.of("", "Names"), parsed.stream().map(Row::section).toList());
        assertFalse(parsed.get(0).sources().isBlank());
    }
}
