package org.claimgraph.golden;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Developer aid: prints the claims of "lang|date|text" lines read from stdin. Not a test. */
public final class Probe {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\\|", 3);
            System.out.println(">> " + f[2]);
            for (String c : ClaimStrings.extract(f[0], f[1], f[2], "QCR")) System.out.println("   " + c);
        }
    }
}
