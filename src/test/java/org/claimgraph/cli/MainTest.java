package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version and exit codes of the command line as a whole. */
class MainTest {

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "serve", "query", "extract", "export", "validate", "stats"})
    void everyCommandHasHelp(String command) {
        CliRunner.Result r = CliRunner.run(command, "--help");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Usage: claimgraph " + command), r.out());
        assertTrue(r.err().isEmpty(), r.err());
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        CliRunner.Result r = CliRunner.run("--help");
        assertEquals(0, r.exit());
        for (String c : Main.subcommands().keySet()) assertTrue(r.out().contains(c), c);
    }

    @Test
    void versionNamesTheProgram() {
        CliRunner.Result r = CliRunner.run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("claimgraph "), r.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                  | missing command",
        "frobnicate                          | Unmatched argument",
        "ingest                              | Missing required parameter",
        "export --format rdfxml              | unknown format",
        "export                              | Missing required option",
        "serve --port 70000                  | port out of range",
        "serve --timeout 0                   | query timeout must be positive",
        "ingest no/such/folder               | no such file or folder",
        "stats --store no/such/store         | no store here",
        "export --store no/such/store --format trig | no store here",
        "query --store no/such/store 'ASK {}' | no store here",
        "serve --allow-service file:///etc/x | http(s) URL",
        "query --results xml 'ASK {}'        | Invalid value",
        "query --data x.trig --store s 'ASK {}' | either --store or --data",
        "query 'SELECT * WHERE {'            | query syntax",
        "query --data notes.txt 'ASK {}'     | --data needs RDF files",
        "query --data missing.trig 'ASK {}'  | no such file",
    })
    void userErrorsExitWithOneAndAReason(String args, String reason) {
        CliRunner.Result r = CliRunner.run(split(args));
        assertEquals(Main.USER_ERROR, r.exit(), r.toString());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("claimgraph: "), r.err());
        assertTrue(r.err().contains(reason), r.err());
    }

    private static String[] split(String args) {
        if (args.isBlank()) return new String[0];
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(args);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
        return out.toArray(String[]::new);
    }

    @Test
    void extractRunsTheStandardPipelineOnARealArticle(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path article = dir.resolve("nachricht.txt");
        java.nio.file.Files.writeString(article, "url: https://example.org/a\ndate: 2026-05-04\nlang: de\n\n"
            + "Nvidia meldet Rekordzahlen. Der Chipkonzern steigerte seinen Umsatz im ersten Quartal auf 50 Milliarden Dollar.\n");
        CliRunner.Result r = CliRunner.run(CliRunner.context().withPipeline(Components::processor, Components::mapper),
                "extract", article.toString(), "--format", "nquads");
        assertEquals(Main.OK, r.exit(), r.toString());
        assertTrue(r.out().contains("<https://w3id.org/claimgraph/ontology#Revenue>"), r.out());
        assertTrue(r.out().contains("\"50000000000\"^^<http://www.w3.org/2001/XMLSchema#decimal>"), r.out());
    }
}
