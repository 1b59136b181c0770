package org.claimgraph.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The month in which each company's fiscal year ends, so that "im abgelaufenen Quartal" in an
 * October article about Microsoft is FY2025-Q1 and about Alphabet 2024-Q3. Companies not listed
 * report by calendar year. Read from the classpath resource {@code /catalogue/fiscal-years.tsv}
 * ("slug TAB month" lines, # comments).
 */
public final class FiscalCalendar {

    public static final int CALENDAR = 12;

    private final Map<String, Integer> yearEndMonth;

    private FiscalCalendar(Map<String, Integer> yearEndMonth) {
        this.yearEndMonth = Map.copyOf(yearEndMonth);
    }

    public static FiscalCalendar of(Map<String, Integer> yearEndMonth) {
        return new FiscalCalendar(yearEndMonth);
    }

    public static FiscalCalendar loadDefault() {
        InputStream in = FiscalCalendar.class.getResourceAsStream("/catalogue/fiscal-years.tsv");
        if (in == null) return new FiscalCalendar(Map.of());
        Map<String, Integer> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\\s+");
                map.put(f[0], Integer.parseInt(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FiscalCalendar(map);
    }

    public boolean knows(String slug) {
        return slug != null && yearEndMonth.containsKey(slug);
    }

    /** Month (1-12) in which the entity's fiscal year ends; 12 for calendar-year reporters and unknowns. */
    public int yearEndMonth(String slug) {
        return slug == null ? CALENDAR : yearEndMonth.getOrDefault(slug, CALENDAR);
    }
}
