package org.claimgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.claimgraph.store.ClaimGraphs;
import org.claimgraph.store.ClaimStore;

/** A real TDB2 store with a few article graphs, and a plain HTTP client to talk to the server. */
final class ServerFixture {

    static final String P = "http://example.org/p";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerFixture() {}

    /** Opens a store with {@code perGraph} triples in each of {@code graphs} article graphs. */
    static ClaimStore store(Path dir, int graphs, int perGraph) {
        ClaimStore store = ClaimStore.open(dir);
        for (int g = 0; g < graphs; g++) {
            Node graph = ClaimGraphs.articleGraph("article-" + g + ".txt");
            int gi = g;
            store.replaceArticle(graph, out -> {
                for (int i = 0; i < perGraph; i++)
                    out.triple(Triple.create(NodeFactory.createURI("http://example.org/s" + gi + "-" + i),
                            NodeFactory.createURI(P), NodeFactory.createLiteralString("o" + gi + "-" + i)));
            });
        }
        return store;
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(String endpoint, String sparql, String extraParams) throws Exception {
        String body = "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8) + (extraParams == null ? "" : "&" + extraParams);
        return send(HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The values of {@code var} in a JSON result, in order. */
    static List<String> values(HttpResponse<String> response, String var) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(s -> {
            var n = s.get(var);
            out.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
        });
        return out;
    }
}
