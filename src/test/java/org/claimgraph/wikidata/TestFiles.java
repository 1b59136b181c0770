package org.claimgraph.wikidata;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;

final class TestFiles {

    private TestFiles() {}

    static Path resource(String name) {
        try {
            var url = TestFiles.class.getResource("/wikidata/" + name);
            if (url == null) throw new IllegalArgumentException("no test resource " + name);
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A loopback URL where nothing listens: the port was free a moment ago and is closed again. */
    static String deadEndpoint() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/sparql";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
