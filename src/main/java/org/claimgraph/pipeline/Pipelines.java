package org.claimgraph.pipeline;

import org.claimgraph.claim.FiscalCalendar;
import org.claimgraph.claim.RuleBasedClaimExtractor;
import org.claimgraph.claim.quantity.RuleBasedQuantityFinder;
import org.claimgraph.dating.EvidenceDateEstimator;
import org.claimgraph.entity.Catalogue;
import org.claimgraph.entity.CatalogueEntityRecognizer;
import org.claimgraph.ingest.ArticleReaders;
import org.claimgraph.text.TextStage;

/** The standard chain, built from the catalogue and fiscal calendar on the classpath. */
public final class Pipelines {

    private Pipelines() {}

    public static Pipeline standard() {
        return standard(Catalogue.loadDefault());
    }

    public static Pipeline standard(Catalogue catalogue) {
        FiscalCalendar fiscal = FiscalCalendar.loadDefault();
        return Pipeline.builder()
            .reader(ArticleReaders.create())
            .textStage(TextStage.create())
            .entityRecognizer(CatalogueEntityRecognizer.builder().catalogue(catalogue).build())
            .dateEstimator(EvidenceDateEstimator.builder().catalogue(catalogue).fiscalCalendar(fiscal).build())
            .claimExtractor(RuleBasedClaimExtractor.builder()
                .quantityFinder(new RuleBasedQuantityFinder())
                .fiscalCalendar(fiscal)
                .build())
            .build();
    }
}
