package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.claim.Approximation;
import org.claimgraph.claim.Metric;
import org.claimgraph.claim.Modality;
import org.claimgraph.claim.Relation;
import org.claimgraph.entity.EntityType;

/**
 * The claimgraph ontology ({@code cg:}) as constants, in the manner of Jena's vocabulary classes.
 * Field names are the local names, so {@code CG.QuantitativeClaim} reads like the Turtle.
 * VocabularyTest keeps this class and {@code ontology/claimgraph.ttl} in step, both ways.
 */
@SuppressWarnings("java:S115") // constants named after the RDF terms, as Jena does
public final class CG {

    public static final String NS = "https://w3id.org/claimgraph/ontology#";

    /** The ontology document itself. */
    public static final String ONTOLOGY = "https://w3id.org/claimgraph/ontology";

    private CG() {}

    public static String getURI() {
        return NS;
    }

    static Node node(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    // ---- classes
    public static final Node Article = node("Article");
    public static final Node Claim = node("Claim");
    public static final Node QuantitativeClaim = node("QuantitativeClaim");
    public static final Node ComparativeClaim = node("ComparativeClaim");
    public static final Node RelationClaim = node("RelationClaim");
    public static final Node Organization = node("Organization");
    public static final Node Person = node("Person");
    public static final Node Product = node("Product");
    public static final Node AIModel = node("AIModel");
    public static final Node App = node("App");
    public static final Node Metric = node("Metric");
    public static final Node Modality = node("Modality");
    public static final Node Approximation = node("Approximation");

    // ---- article properties
    public static final Node sourceFile = node("sourceFile");
    public static final Node text = node("text");
    /** The publication date inferred from the text when the article states none; never next to schema:datePublished. */
    public static final Node estimatedDatePublished = node("estimatedDatePublished");
    /** How {@link #estimatedDatePublished} was reached, in words. */
    public static final Node dateEstimateMethod = node("dateEstimateMethod");

    // ---- claim properties
    public static final Node about = node("about");
    public static final Node metric = node("metric");
    public static final Node value = node("value");
    public static final Node lowerBound = node("lowerBound");
    public static final Node upperBound = node("upperBound");
    public static final Node unit = node("unit");
    public static final Node approximation = node("approximation");
    public static final Node period = node("period");
    public static final Node modality = node("modality");
    public static final Node segment = node("segment");
    public static final Node evidence = node("evidence");
    public static final Node extractedBy = node("extractedBy");
    public static final Node confidence = node("confidence");
    public static final Node ratio = node("ratio");
    public static final Node comparedTo = node("comparedTo");
    public static final Node relation = node("relation");
    public static final Node object = node("object");

    // ---- metric properties and entity catalogue properties
    /** Links a "…Change" metric to the metric it is the change of. */
    public static final Node changeOf = node("changeOf");
    /** An alias the catalogue accepts only when one of the {@link #contextEntity} entities is in the text. */
    public static final Node contextAlias = node("contextAlias");
    /** Entities whose mention makes a {@link #contextAlias} acceptable. */
    public static final Node contextEntity = node("contextEntity");
    /** When a catalogue entity first existed: a lower bound for the date of any article naming it. */
    public static final Node availableSince = node("availableSince");

    // ---- relations between entities
    public static final Node chiefExecutiveOfficerOf = node("chiefExecutiveOfficerOf");
    public static final Node chiefFinancialOfficerOf = node("chiefFinancialOfficerOf");
    public static final Node chiefTechnologyOfficerOf = node("chiefTechnologyOfficerOf");
    public static final Node chiefOperatingOfficerOf = node("chiefOperatingOfficerOf");
    public static final Node founderOf = node("founderOf");
    public static final Node employeeOf = node("employeeOf");
    public static final Node developedBy = node("developedBy");
    public static final Node ownedBy = node("ownedBy");
    public static final Node subsidiaryOf = node("subsidiaryOf");
    public static final Node competitorOf = node("competitorOf");
    public static final Node follows = node("follows");

    // ---- modalities
    public static final Node Reported = node("Reported");
    public static final Node Forecast = node("Forecast");
    public static final Node Plan = node("Plan");
    public static final Node Estimate = node("Estimate");

    // ---- approximations
    public static final Node Approximately = node("Approximately");
    public static final Node AtMost = node("AtMost");
    public static final Node AtLeast = node("AtLeast");

    // ---- metrics and their change twins
    public static final Node Revenue = node("Revenue");
    public static final Node RevenueChange = node("RevenueChange");
    public static final Node RevenueRunRate = node("RevenueRunRate");
    public static final Node RevenueRunRateChange = node("RevenueRunRateChange");
    public static final Node NetIncome = node("NetIncome");
    public static final Node NetIncomeChange = node("NetIncomeChange");
    public static final Node OperatingIncome = node("OperatingIncome");
    public static final Node OperatingIncomeChange = node("OperatingIncomeChange");
    public static final Node GrossMargin = node("GrossMargin");
    public static final Node GrossMarginChange = node("GrossMarginChange");
    public static final Node EarningsPerShare = node("EarningsPerShare");
    public static final Node EarningsPerShareChange = node("EarningsPerShareChange");
    public static final Node DividendPerShare = node("DividendPerShare");
    public static final Node DividendPerShareChange = node("DividendPerShareChange");
    public static final Node ShareBuyback = node("ShareBuyback");
    public static final Node ShareBuybackChange = node("ShareBuybackChange");
    public static final Node CapitalExpenditure = node("CapitalExpenditure");
    public static final Node CapitalExpenditureChange = node("CapitalExpenditureChange");
    public static final Node GPUCount = node("GPUCount");
    public static final Node GPUCountChange = node("GPUCountChange");
    public static final Node GPUShipments = node("GPUShipments");
    public static final Node GPUShipmentsChange = node("GPUShipmentsChange");
    public static final Node DailyActiveUsers = node("DailyActiveUsers");
    public static final Node DailyActiveUsersChange = node("DailyActiveUsersChange");
    public static final Node WeeklyActiveUsers = node("WeeklyActiveUsers");
    public static final Node WeeklyActiveUsersChange = node("WeeklyActiveUsersChange");
    public static final Node MonthlyActiveUsers = node("MonthlyActiveUsers");
    public static final Node MonthlyActiveUsersChange = node("MonthlyActiveUsersChange");
    public static final Node Users = node("Users");
    public static final Node UsersChange = node("UsersChange");
    public static final Node Customers = node("Customers");
    public static final Node CustomersChange = node("CustomersChange");
    public static final Node Employees = node("Employees");
    public static final Node EmployeesChange = node("EmployeesChange");
    public static final Node SharePrice = node("SharePrice");
    public static final Node SharePriceChange = node("SharePriceChange");
    public static final Node MarketCapitalization = node("MarketCapitalization");
    public static final Node MarketCapitalizationChange = node("MarketCapitalizationChange");
    public static final Node ParameterCount = node("ParameterCount");
    public static final Node ParameterCountChange = node("ParameterCountChange");
    public static final Node TrainingTokens = node("TrainingTokens");
    public static final Node TrainingTokensChange = node("TrainingTokensChange");
    public static final Node PowerCapacity = node("PowerCapacity");
    public static final Node PowerCapacityChange = node("PowerCapacityChange");
    public static final Node FloorArea = node("FloorArea");
    public static final Node FloorAreaChange = node("FloorAreaChange");

    // ---- from the Java model to terms

    public static Node metric(Metric m, boolean change) {
        return node(change ? m.changeLocalName() : m.localName());
    }

    public static Node relation(Relation r) {
        return node(r.localName());
    }

    public static Node modality(Modality m) {
        return node(m.localName());
    }

    public static Node approximation(Approximation a) {
        return node(a.localName());
    }

    public static Node type(EntityType t) {
        return node(t.localName());
    }
}
