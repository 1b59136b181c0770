package org.claimgraph.cli;

import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest or Maven's pom.properties, so it is never out of date. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"claimgraph " + version(), "Apache Jena " + jenaVersion(),
                "Java " + System.getProperty("java.version")};
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        if (v != null) return v;
        try (InputStream in = Main.class.getResourceAsStream("/META-INF/maven/org.claimgraph/claimgraph/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "development");
            }
        } catch (java.io.IOException e) {
            // fall through
        }
        return "development";
    }

    private static String jenaVersion() {
        String v = org.apache.jena.Jena.VERSION;
        return v == null ? "?" : v;
    }
}
