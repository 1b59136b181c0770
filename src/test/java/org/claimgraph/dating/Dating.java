package org.claimgraph.dating;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.claim.FiscalCalendar;
import org.claimgraph.entity.Catalogue;
import org.claimgraph.entity.CatalogueEntityRecognizer;
import org.claimgraph.entity.EntityRecognizer;
import org.claimgraph.entity.Mention;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.Language;
import org.claimgraph.text.TextDocument;
import org.claimgraph.text.TextStage;

/** The real text and entity stages over the dating test catalogue, then the estimator. */
final class Dating {

    static final Catalogue CATALOGUE = Catalogue.read(Dating.class.getResourceAsStream("/dating/catalogue.ttl"), "catalogue.ttl");
    /** An invented company whose fiscal year ends in June. */
    static final FiscalCalendar FISCAL = FiscalCalendar.of(Map.of("brightwave", 6));

    private static final TextStage TEXT = TextStage.create();
    private static final EntityRecognizer RECOGNIZER = CatalogueEntityRecognizer.builder().catalogue(CATALOGUE).build();
    private static final DateEstimator ESTIMATOR = EvidenceDateEstimator.builder().catalogue(CATALOGUE).fiscalCalendar(FISCAL).build();

    private Dating() {
    }

    static TextDocument document(Language language, String url, String text) {
        return TEXT.analyse(new Article("case.txt", url, null, language, null, text));
    }

    static Optional<DateEstimate> estimate(Language language, String url, String text) {
        TextDocument doc = document(language, url, text);
        List<Mention> mentions = RECOGNIZER.recognize(doc);
        return ESTIMATOR.estimate(doc, mentions);
    }
}
