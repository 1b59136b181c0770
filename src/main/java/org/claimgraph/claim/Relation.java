package org.claimgraph.claim;

/** Relations between entities, as properties in the cg: namespace. */
public enum Relation {
    CHIEF_EXECUTIVE_OFFICER_OF("chiefExecutiveOfficerOf"),
    CHIEF_FINANCIAL_OFFICER_OF("chiefFinancialOfficerOf"),
    CHIEF_TECHNOLOGY_OFFICER_OF("chiefTechnologyOfficerOf"),
    CHIEF_OPERATING_OFFICER_OF("chiefOperatingOfficerOf"),
    FOUNDER_OF("founderOf"),
    EMPLOYEE_OF("employeeOf"),
    DEVELOPED_BY("developedBy"),
    OWNED_BY("ownedBy"),
    SUBSIDIARY_OF("subsidiaryOf"),
    COMPETITOR_OF("competitorOf"),
    FOLLOWS("follows");

    private final String localName;

    Relation(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}
