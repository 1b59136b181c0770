package org.claimgraph.entity;

import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the catalogue file (see the claim model); only what the loader reads. */
final class CatalogueVocab {

    static final String CG = "https://w3id.org/claimgraph/ontology#";
    static final String ENTITY = "https://w3id.org/claimgraph/id/entity/";
    static final String WD = "http://www.wikidata.org/entity/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    static final Property CONTEXT_ALIAS = ResourceFactory.createProperty(CG, "contextAlias");
    static final Property CONTEXT_ENTITY = ResourceFactory.createProperty(CG, "contextEntity");
    static final Property AVAILABLE_SINCE = ResourceFactory.createProperty(CG, "availableSince");
    static final Property ALT_LABEL = ResourceFactory.createProperty(SKOS, "altLabel");
    static final Property PREF_LABEL = ResourceFactory.createProperty(SKOS, "prefLabel");

    /** cg: class to entity type; the sub-classes of cg:Product come first so the most specific wins. */
    static final Map<Resource, EntityType> TYPES = Map.of(
            ResourceFactory.createResource(CG + "AIModel"), EntityType.AI_MODEL,
            ResourceFactory.createResource(CG + "App"), EntityType.APP,
            ResourceFactory.createResource(CG + "Product"), EntityType.PRODUCT,
            ResourceFactory.createResource(CG + "Person"), EntityType.PERSON,
            ResourceFactory.createResource(CG + "Organization"), EntityType.ORGANIZATION);

    private CatalogueVocab() {
    }

    /** Lower rank = more specific. */
    static int specificity(EntityType t) {
        return switch (t) {
            case AI_MODEL, APP -> 0;
            case PERSON, ORGANIZATION -> 1;
            case PRODUCT -> 2;
        };
    }
}
