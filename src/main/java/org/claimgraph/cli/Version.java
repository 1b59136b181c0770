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
        return v != null ? v : mavenVersion("org.claimgraph", "claimgraph");
    }

    private static String jenaVersion() {
        return mavenVersion("org.apache.jena", "jena-arq");
    }

    /** The version Maven recorded in the jar (kept by the shade plugin). */
    private static String mavenVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Main.class.getResourceAsStream(resource)) {
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
}
