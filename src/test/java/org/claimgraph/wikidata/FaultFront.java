package org.claimgraph.wikidata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small HTTP front on 127.0.0.1 before a real SPARQL server: it answers the next requests with
 * scripted faults (429 + Retry-After, 5xx, a reply slower than the client's timeout) and forwards
 * everything else. It records every request so tests can look at headers and queries.
 */
final class FaultFront implements AutoCloseable {

    sealed interface Fault permits TooMany, Status, Slow {}
    record TooMany(String retryAfter) implements Fault {}
    record Status(int code) implements Fault {}
    record Slow(Duration delay) implements Fault {}

    record Recorded(String method, String query, String userAgent, String accept) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String upstream;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger maxActive = new java.util.concurrent.atomic.AtomicInteger();

    FaultFront(String upstream) throws IOException {
        this.upstream = upstream;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sparql", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    FaultFront then(Fault f) {
        faults.add(f);
        return this;
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** The most requests this front has been handling at the same moment. */
    int maxConcurrent() {
        return maxActive.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
        try (ex) {
            String method = ex.getRequestMethod();
            String form = "GET".equals(method) ? ex.getRequestURI().getRawQuery() : readBody(ex.getRequestBody());
            requests.add(new Recorded(method, param(form, "query"), ex.getRequestHeaders().getFirst("User-Agent"),
                    ex.getRequestHeaders().getFirst("Accept")));
            Fault f = faults.poll();
            if (f instanceof TooMany t) {
                ex.getResponseHeaders().add("Retry-After", t.retryAfter());
                respond(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (f instanceof Status s) {
                respond(ex, s.code(), "text/plain", ("status " + s.code()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (f instanceof Slow s) sleep(s.delay());
            forward(ex, method, form);
        } finally {
            active.decrementAndGet();
        }
    }

    private void forward(HttpExchange ex, String method, String form) throws IOException {
        String accept = ex.getRequestHeaders().getFirst("Accept");
        HttpRequest.Builder rb = HttpRequest.newBuilder().header("Accept", accept == null ? "*/*" : accept);
        if ("GET".equals(method)) rb.uri(URI.create(upstream + "?" + form)).GET();
        else rb.uri(URI.create(upstream)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        try {
            HttpResponse<byte[]> r = http.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
            respond(ex, r.statusCode(), r.headers().firstValue("Content-Type").orElse("application/octet-stream"), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            respond(ex, 502, "text/plain", new byte[0]);
        }
    }

    private static void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        try {
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException clientGone) {
            // the client gave up (timeout test): nothing to answer
        }
    }

    private static String readBody(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    static String param(String form, String name) {
        if (form == null) return null;
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name))
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
        return null;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
