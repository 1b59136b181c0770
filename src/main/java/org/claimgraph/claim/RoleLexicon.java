package org.claimgraph.claim;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role words that tie a person to an organisation: "Finanzchefin", "Konzernchef", "CFO",
 * "chief executive", "Gründer", "co-founder".
 */
public final class RoleLexicon {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private record Role(Pattern pattern, Relation relation) {}

    private static final List<Role> ROLES = List.of(
        new Role(Pattern.compile("finanzchef(?:in)?|finanzvorstand|finanzvorständin|\\bcfo\\b|chief financial officer|finance chief|finanzdirektor(?:in)?", F),
            Relation.CHIEF_FINANCIAL_OFFICER_OF),
        new Role(Pattern.compile("technikchef(?:in)?|technologiechef(?:in)?|\\bcto\\b|chief technology officer", F), Relation.CHIEF_TECHNOLOGY_OFFICER_OF),
        new Role(Pattern.compile("\\bcoo\\b|chief operating officer|betriebschef(?:in)?|geschäftsführerin für das tagesgeschäft", F), Relation.CHIEF_OPERATING_OFFICER_OF),
        new Role(Pattern.compile("konzernchef(?:in)?|firmenchef(?:in)?|vorstandschef(?:in)?|unternehmenschef(?:in)?|vorstandsvorsitzende[rn]?|\\bchef(?:in)?\\b"
            + "|\\bceo\\b|chief executive(?: officer)?|\\bboss\\b|geschäftsführer(?:in)?", F), Relation.CHIEF_EXECUTIVE_OFFICER_OF),
        new Role(Pattern.compile("mitgründer(?:in)?|gründer(?:in)?|co-?founder|founder|mitbegründer(?:in)?", F), Relation.FOUNDER_OF));

    /** A role named in {@code text} (matched anywhere in it, e.g. in "Meta-Finanzchefin"), or null. */
    public Relation roleIn(String text) {
        for (Role r : ROLES) {
            if (r.pattern.matcher(text).find()) return r.relation;
        }
        return null;
    }

    /** Offset in {@code text} where the last role word ends, or -1. */
    public int lastRoleEnd(String text) {
        int end = -1;
        for (Role r : ROLES) {
            Matcher m = r.pattern.matcher(text);
            while (m.find()) end = Math.max(end, m.end());
        }
        return end;
    }
}
