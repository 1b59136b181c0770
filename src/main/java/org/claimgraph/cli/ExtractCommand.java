package org.claimgraph.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.export.AtomicFile;
import org.claimgraph.export.ClaimPrefixes;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.Exporter;
import org.claimgraph.pipeline.ArticleProcessor;
import org.claimgraph.pipeline.ExtractedArticle;
import org.claimgraph.rdf.ArticleMapper;
import org.claimgraph.store.ClaimGraphs;
import org.claimgraph.store.GraphBuffer;
import org.claimgraph.store.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts articles to RDF without a store (one named graph per article; Turtle merges them).",
                "A file that fails is reported on stderr and the others are still written; exit code 1 then."})
final class ExtractCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "article files (or folders)")
    List<Path> files;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "trig, turtle, nquads or jsonld")
    ExportFormat format;

    @Option(names = "--output", paramLabel = "F", description = "output file (default: standard output)")
    Path output;

    @picocli.CommandLine.Mixin ArticleTimeoutOption articleTimeout;

    ExtractCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ArticleProcessor processor = articleTimeout.bound(context.processor().get());
        ArticleMapper mapper = context.mapper().get();
        DatasetGraph result = Exporter.orderedDataset();
        result.prefixes().putAll(ClaimPrefixes.prefixMap());
        int failed = 0;
        for (Path file : InputFiles.expand(files)) {
            try {
                ExtractedArticle article = processor.process(file);
                GraphBuffer buffer = new GraphBuffer(ClaimGraphs.articleGraph(file.getFileName().toString()));
                mapper.map(article, buffer);
                buffer.triples().forEach(t -> result.add(buffer.graphName(), t.getSubject(), t.getPredicate(), t.getObject()));
            } catch (ClaimgraphException e) {
                failed++;
                context.err().println("claimgraph: " + file + ": " + e.getMessage());
            } catch (RuntimeException e) {
                failed++;
                context.err().println("claimgraph: " + file + ": internal error: " + e);
            }
        }
        if (output == null) {
            OutputStream out = context.out();
            Exporter.write(result, format, out);
            context.out().flush();
        } else {
            AtomicFile.write(output, out -> Exporter.write(result, format, out));
        }
        return failed > 0 ? Main.USER_ERROR : Main.OK;
    }
}
