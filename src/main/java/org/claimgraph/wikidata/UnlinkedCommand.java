package org.claimgraph.wikidata;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wikidata unlinked}: the entities in the articles that have no Wikidata link yet. */
@Command(name = "unlinked", mixinStandardHelpOptions = true,
        description = "List entities mentioned in articles that have no owl:sameAs to Wikidata, most mentioned first.")
public class UnlinkedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        return CommandSupport.run(spec, () -> {
            List<UnlinkedEntity> found = UnlinkedEntities.find(data.load());
            PrintWriter out = spec.commandLine().getOut();
            TextTable t = new TextTable(List.of("ENTITY", "TYPE", "LABELS", "ARTICLES", "MENTIONS", "CLAIMS", "IRI"),
                    false, false, false, true, true, true, false);
            for (UnlinkedEntity e : found) {
                t.row(List.of(e.displayLabel(), e.type().map(x -> x.localName()).orElse("-"), labels(e),
                        Long.toString(e.articles()), Long.toString(e.mentions()), Long.toString(e.claims()), e.iri()));
            }
            t.print(out);
            out.println(found.size() + " unlinked entit" + (found.size() == 1 ? "y" : "ies"));
            out.flush();
            return 0;
        });
    }

    private static String labels(UnlinkedEntity e) {
        return e.labels().stream().map(n -> "\"" + n.text() + "\"" + (n.lang().isEmpty() ? "" : "@" + n.lang()))
                .collect(Collectors.joining(", "));
    }
}
