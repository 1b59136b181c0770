package org.claimgraph.entity;

/** The entity classes of the claim model (cg:Organization, cg:Person, cg:Product, cg:AIModel, cg:App). */
public enum EntityType {
    ORGANIZATION("Organization"),
    PERSON("Person"),
    PRODUCT("Product"),
    AI_MODEL("AIModel"),
    APP("App");

    private final String localName;

    EntityType(String localName) {
        this.localName = localName;
    }

    /** Local name of the class in the cg: namespace. */
    public String localName() {
        return localName;
    }

    public boolean isProduct() {
        return this == PRODUCT || this == AI_MODEL || this == APP;
    }
}
