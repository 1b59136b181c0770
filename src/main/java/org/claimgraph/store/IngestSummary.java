package org.claimgraph.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch did: articles stored, claims by type (cg: class local name), distinct entities
 * mentioned, and the files that failed with the reason.
 */
public record IngestSummary(int filesSeen, int articlesStored, Map<String, Integer> claimsByType,
                            int entities, List<Failure> failures) {

    public IngestSummary {
        claimsByType = Map.copyOf(claimsByType);
        failures = List.copyOf(failures);
    }

    public record Failure(String file, String reason) {}

    public int claims() {
        return claimsByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    /** Several lines for people: counts, then one line per failure. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(articlesStored).append(" of ").append(filesSeen).append(" article(s) stored, ")
          .append(claims()).append(" claim(s)");
        if (!claimsByType.isEmpty()) sb.append(' ').append(new TreeMap<>(claimsByType));
        sb.append(", ").append(entities).append(" entit").append(entities == 1 ? "y" : "ies");
        if (hasFailures()) {
            sb.append(", ").append(failures.size()).append(" failed:");
            failures.forEach(f -> sb.append(System.lineSeparator()).append("  ").append(f.file()).append(": ").append(f.reason()));
        }
        return sb.toString();
    }
}
