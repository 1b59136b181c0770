package org.claimgraph.claim;

/**
 * What a figure measures: the cg:Metric individuals of the claim model. Every metric has a
 * "…Change" twin (cg:RevenueChange), carried on a claim as {@code change = true}.
 */
public enum Metric {
    REVENUE("Revenue"),
    REVENUE_RUN_RATE("RevenueRunRate"),
    NET_INCOME("NetIncome"),
    OPERATING_INCOME("OperatingIncome"),
    GROSS_MARGIN("GrossMargin"),
    EARNINGS_PER_SHARE("EarningsPerShare"),
    DIVIDEND_PER_SHARE("DividendPerShare"),
    SHARE_BUYBACK("ShareBuyback"),
    CAPITAL_EXPENDITURE("CapitalExpenditure"),
    GPU_COUNT("GPUCount"),
    GPU_SHIPMENTS("GPUShipments"),
    DAILY_ACTIVE_USERS("DailyActiveUsers"),
    WEEKLY_ACTIVE_USERS("WeeklyActiveUsers"),
    MONTHLY_ACTIVE_USERS("MonthlyActiveUsers"),
    USERS("Users"),
    CUSTOMERS("Customers"),
    EMPLOYEES("Employees"),
    SHARE_PRICE("SharePrice"),
    MARKET_CAPITALIZATION("MarketCapitalization"),
    PARAMETER_COUNT("ParameterCount"),
    TRAINING_TOKENS("TrainingTokens"),
    POWER_CAPACITY("PowerCapacity"),
    FLOOR_AREA("FloorArea");

    private final String localName;

    Metric(String localName) {
        this.localName = localName;
    }

    /** Local name in the cg: namespace, e.g. "Revenue". */
    public String localName() {
        return localName;
    }

    /** Local name of the change twin, e.g. "RevenueChange". */
    public String changeLocalName() {
        return localName + "Change";
    }

    /** True for metrics that are counted (no unit). */
    public boolean isCount() {
        return switch (this) {
            case GPU_COUNT, GPU_SHIPMENTS, DAILY_ACTIVE_USERS, WEEKLY_ACTIVE_USERS, MONTHLY_ACTIVE_USERS,
                 USERS, CUSTOMERS, EMPLOYEES, PARAMETER_COUNT, TRAINING_TOKENS -> true;
            default -> false;
        };
    }
}
