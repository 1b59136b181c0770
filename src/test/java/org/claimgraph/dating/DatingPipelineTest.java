package org.claimgraph.dating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.claim.Metric;
import org.claimgraph.claim.QuantitativeClaim;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.PublicationDate;
import org.claimgraph.pipeline.ExtractedArticle;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.pipeline.Pipelines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Undated articles through the standard pipeline: the estimate dates their relative periods; a stated date wins. */
class DatingPipelineTest {

    private static final Pipeline PIPELINE = Pipelines.standard(Dating.CATALOGUE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # file          | estimate | period of the revenue figure
        undated_de.txt  | 2024-11  | 2024-Q3
        undated_en.txt  | 2023-07  | 2023-Q2
        """)
    void anUndatedArticlesRelativePeriodIsResolvedAgainstTheEstimate(String file, String estimate, String period) throws Exception {
        ExtractedArticle out = PIPELINE.process(fixture(file));
        assertNull(out.article().date(), "the stated date stays unknown");
        assertNotNull(out.dateEstimate(), "an estimate");
        assertEquals(estimate, out.dateEstimate().date().lexical());
        assertEquals(Set.of(period), revenuePeriods(out));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        undated_de.txt | 2025-03-10 | 2024-Q4
        undated_en.txt | 2023-10    | 2023-Q3
        """)
    void aStatedDateAlwaysWins(String file, String stated, String period) throws Exception {
        Article read = org.claimgraph.ingest.ArticleReaders.create().read(fixture(file));
        Article dated = new Article(read.sourceFile(), read.url(), PublicationDate.parse(stated).orElseThrow(),
            read.language(), read.headline(), read.text());
        ExtractedArticle out = PIPELINE.process(dated);
        assertNull(out.dateEstimate(), "no estimate beside a stated date");
        assertEquals(Set.of(period), revenuePeriods(out));
    }

    private static Set<String> revenuePeriods(ExtractedArticle out) {
        return out.claims().stream().filter(c -> c instanceof QuantitativeClaim q && q.metric() == Metric.REVENUE && !q.change())
            .map(c -> String.valueOf(((QuantitativeClaim) c).period())).collect(Collectors.toSet());
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(DatingPipelineTest.class.getResource("/dating/" + name).toURI());
    }
}
