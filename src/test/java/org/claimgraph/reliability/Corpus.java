package org.claimgraph.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.pipeline.ArticleProcessor;
import org.claimgraph.pipeline.Pipelines;
import org.claimgraph.rdf.ArticleMapper;
import org.claimgraph.rdf.StandardArticleMapper;
import org.claimgraph.store.ClaimGraphs;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.IngestService;

/**
 * Small articles written for these tests (own sentences, varied by number), the real extraction
 * chain and mapper, and counting helpers over a real store.
 */
public final class Corpus {

    private static final String[] COMPANIES = {"Nordwind Systeme", "Helios Labs", "Quarzwerk", "Blue Harbor Robotics"};
    private static ArticleProcessor processor;

    private Corpus() {}

    /** The standard chain, built once per JVM (the catalogue index is the costly part). */
    public static synchronized ArticleProcessor processor() {
        if (processor == null) processor = Pipelines.standard();
        return processor;
    }

    public static ArticleMapper mapper() {
        return new StandardArticleMapper();
    }

    public static IngestService ingest(ClaimStore store) {
        return IngestService.builder(processor(), mapper(), store).build();
    }

    /** A short German or English news text with a couple of figures, different for each {@code n}. */
    public static String article(int n) {
        String company = COMPANIES[n % COMPANIES.length];
        int month = 1 + n % 12;
        if (n % 2 == 0) {
            return "date 2025-" + (month < 10 ? "0" : "") + month + "\n\n"
                    + company + " wächst weiter.\n"
                    + company + " steigerte den Umsatz im Quartal um " + (5 + n % 30) + " Prozent auf "
                    + (2 + n % 9) + "," + (n % 10) + " Milliarden Euro. "
                    + "Das Unternehmen beschäftigt inzwischen " + (1000 + 17 * n) + " Mitarbeiter. "
                    + "Artikel Nummer " + n + " endet hier.\n";
        }
        return "url: https://news.example.org/story/" + n + "\n"
                + "date: 2025-" + (month < 10 ? "0" : "") + month + "-15\n"
                + "lang: en\n"
                + "title: " + company + " reports results\n\n"
                + company + " said revenue rose " + (3 + n % 40) + " percent to $" + (1 + n % 7) + "." + (n % 10)
                + " billion in the quarter. The company now has " + (200 + 13 * n) + " employees. "
                + "This is story number " + n + ".\n";
    }

    /** Writes articles 0..count-1 as {@code art-NNN.txt} into {@code folder}. */
    public static List<Path> write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++)
            files.add(Files.writeString(folder.resolve(name(i)), article(i), StandardCharsets.UTF_8));
        return files;
    }

    public static String name(int n) {
        return String.format("art-%03d.txt", n);
    }

    public static Node graphOf(String fileName) {
        return ClaimGraphs.articleGraph(fileName);
    }

    /** Triples in one named graph (within the caller's transaction). */
    public static long count(DatasetGraph dsg, Node graph) {
        long n = 0;
        var it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    public static long count(ClaimStore store, Node graph) {
        return store.read(dsg -> count(dsg, graph));
    }

    public static long articleGraphs(ClaimStore store) {
        return store.graphNames().stream().filter(ClaimGraphs::isArticleGraph).count();
    }
}
