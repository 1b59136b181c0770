package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import org.apache.jena.riot.RDFLanguages;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --store DIR | --data FILE…} (one of them): where a read-only command takes its data from. */
public class SourceOptions {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: store)")
    Path store;

    @Option(names = "--data", paramLabel = "FILE", arity = "1..*", parameterConsumer = RdfFiles.class,
            description = "RDF files (TriG, Turtle, N-Quads, JSON-LD) read into memory instead of a store")
    List<Path> data;

    /**
     * Takes the following arguments that name RDF files, so that {@code query --data a.trig "SELECT …"}
     * leaves the query to the positional parameter instead of reading it as a file name.
     */
    static final class RdfFiles implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            List<Path> files = argSpec.getValue() == null ? new ArrayList<>() : new ArrayList<>(argSpec.<List<Path>>getValue());
            int before = files.size();
            while (!args.isEmpty() && !args.peek().startsWith("-") && RDFLanguages.filenameToLang(args.peek()) != null)
                files.add(Path.of(args.pop()));
            if (files.size() == before)
                throw new ParameterException(commandSpec.commandLine(),
                        "--data needs RDF files (.trig, .ttl, .nq, .nt, .jsonld), got " + (args.isEmpty() ? "nothing" : "'" + args.peek() + "'"));
            argSpec.setValue(files);
        }
    }
}
