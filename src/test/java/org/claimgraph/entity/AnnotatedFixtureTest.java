package org.claimgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.ingest.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the inline-annotated fixture: expected mentions with their exact offsets. */
class AnnotatedFixtureTest {

    private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|([^|\\]]+)\\|([^|\\]]+)]]");
    private static final CatalogueEntityRecognizer RECOGNIZER =
            CatalogueEntityRecognizer.builder().catalogue(TestDocs.catalogue()).build();

    static Stream<Arguments> documents() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                AnnotatedFixtureTest.class.getResourceAsStream("/entity/annotated.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                out.add(Arguments.of(Language.fromTag(line.substring(0, tab)).orElseThrow(), line.substring(tab + 1)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("documents")
    void mentionsAtTheirOffsets(Language language, String annotated) {
        StringBuilder text = new StringBuilder();
        List<String> want = new ArrayList<>();
        Matcher m = MARK.matcher(annotated);
        int last = 0;
        while (m.find()) {
            text.append(annotated, last, m.start());
            int begin = text.length();
            text.append(m.group(1));
            want.add(begin + "-" + text.length() + " " + m.group(1) + "=" + m.group(2) + "@" + m.group(3));
            last = m.end();
        }
        text.append(annotated.substring(last));
        List<String> got = new ArrayList<>();
        for (Mention x : RECOGNIZER.recognize(TestDocs.doc(language, text.toString()))) {
            got.add(x.begin() + "-" + x.end() + " " + x.surface() + "=" + x.entity().slug() + "@" + x.method());
        }
        assertEquals(want, got);
    }
}
