package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.claimgraph.InputException;
import org.claimgraph.Location;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.DataFiles;

/** Where a read-only command takes its data from: the store, or RDF files loaded into memory. */
final class StoreData {

    /** Opens the chosen source; the default store folder when none is given. */
    static ClaimStore open(SourceOptions source) {
        if (source != null && source.store != null && source.data != null)
            throw new InputException("give either --store or --data, not both", Location.of("--data"));
        if (source != null && source.data != null) {
            ClaimStore mem = ClaimStore.inMemory();
            DataFiles.load(mem, source.data);
            return mem;
        }
        return ClaimStore.openExisting(source != null && source.store != null ? source.store : ClaimStore.DEFAULT_FOLDER);
    }

    private StoreData() {}

    /** Loads (replaces) the ontology and catalogue graphs when the components have them. */
    static void loadReferenceGraphs(ClaimStore store, CliContext context) {
        Graph ontology = context.ontology().get();
        if (!ontology.isEmpty()) store.loadOntology(ontology);
        Graph catalogue = context.catalogue().get();
        if (!catalogue.isEmpty()) store.loadCatalogue(catalogue);
    }
}
