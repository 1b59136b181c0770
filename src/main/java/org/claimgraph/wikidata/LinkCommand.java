package org.claimgraph.wikidata;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wikidata link}: find Wikidata items for unlinked entities by exact label, record every
 * decision, and link only the clear ones. Without {@code --online} the local snapshot is searched.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Link unlinked entities to Wikidata items by exact label; record every decision.")
public class LinkCommand implements Callable<Integer> {

    @ParentCommand
    WikidataCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    EndpointOptions endpoint;

    @Option(names = "--online", description = "Search the endpoint (otherwise the local snapshot).")
    boolean online;

    @Option(names = "--snapshot", paramLabel = "FILE", defaultValue = "data/wikidata/snapshot.ttl",
            description = "Snapshot searched without --online (default: ${DEFAULT-VALUE}).")
    Path snapshot;

    @Option(names = "--min-score", paramLabel = "X", defaultValue = "0.8",
            description = "Lowest score that may be accepted (default: ${DEFAULT-VALUE}).")
    BigDecimal minScore;

    @Option(names = "--decisions", paramLabel = "FILE", defaultValue = "data/wikidata/link-decisions.ttl",
            description = "Where every decision is recorded (default: ${DEFAULT-VALUE}).")
    Path decisions;

    @Option(names = "--links", paramLabel = "FILE", defaultValue = "data/wikidata/links.ttl",
            description = "Where accepted owl:sameAs links are written (default: ${DEFAULT-VALUE}).")
    Path links;

    @Override
    public Integer call() {
        return CommandSupport.run(spec, () -> {
            List<UnlinkedEntity> found = UnlinkedEntities.find(data.load());
            // The links file is part of the linking state: what it links is not decided again.
            java.util.Set<String> alreadyLinked = java.nio.file.Files.exists(links)
                    ? LinkRecords.linkedEntities(RdfFiles.readGraph(links)) : java.util.Set.of();
            List<UnlinkedEntity> unlinked = found.stream().filter(e -> !alreadyLinked.contains(e.iri())).toList();
            if (unlinked.size() < found.size()) {
                spec.commandLine().getErr().println((found.size() - unlinked.size()) + " entities already linked in " + links);
            }
            if (!online && !java.nio.file.Files.exists(snapshot))
                throw new org.claimgraph.InputException("no snapshot to search: use --online, or run `wikidata refresh` first",
                        org.claimgraph.Location.of(snapshot.toString()));
            CandidateSearch search = online ? CandidateSearch.online(endpoint.client(parent.clientBuilder()))
                    : CandidateSearch.local(RdfFiles.readGraph(snapshot));
            Linker linker = new Linker(search, minScore);
            List<LinkDecision> all = new ArrayList<>();
            for (UnlinkedEntity e : unlinked) all.addAll(linker.decide(e));
            // Written only when every search succeeded: a half run leaves both files as they were.
            LinkRecords.writeDecisions(all, decisions);
            LinkRecords.writeLinks(all, links);
            report(all, unlinked.size());
            return 0;
        });
    }

    private void report(List<LinkDecision> all, int entities) {
        PrintWriter out = spec.commandLine().getOut();
        TextTable t = new TextTable(List.of("ENTITY", "DECISION", "QID", "SCORE", "REASON"), false, false, false, true, false);
        for (LinkDecision d : all) {
            t.row(List.of(d.label(), d.accepted() ? "ACCEPTED" : "rejected", d.candidate().map(Qid::toString).orElse("-"),
                    d.score().toPlainString(), d.reason()));
        }
        t.print(out);
        List<String> stillUnlinked = all.stream().filter(d -> all.stream()
                        .noneMatch(o -> o.entity().equals(d.entity()) && o.accepted()))
                .map(LinkDecision::label).distinct().toList();
        long linked = all.stream().filter(LinkDecision::accepted).count();
        out.println("linked " + linked + " of " + entities + " entities; decisions in " + decisions + ", links in " + links);
        if (!stillUnlinked.isEmpty()) out.println("still unlinked: " + String.join(", ", stillUnlinked));
        out.flush();
    }
}
