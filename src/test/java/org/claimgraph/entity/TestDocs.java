package org.claimgraph.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.Language;
import org.claimgraph.text.Sentence;
import org.claimgraph.text.TextDocument;

/** Builds documents for tests with a trivial sentence split (the real segmenter lives in the text stage). */
final class TestDocs {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+|$)");

    private TestDocs() {
    }

    static TextDocument doc(Language language, String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            while (b < e && Character.isWhitespace(text.charAt(b))) b++;
            if (b < e) sentences.add(new Sentence(sentences.size(), b, e, text.substring(b, e)));
        }
        return new TextDocument(new Article("test.txt", null, null, language, null, text), sentences);
    }

    static Catalogue catalogue() {
        return Catalogue.read(TestDocs.class.getResourceAsStream("/entity/catalogue.ttl"), "catalogue.ttl");
    }

    static Catalogue catalogueWithWikidata() {
        CatalogueReader r = new CatalogueReader();
        r.read(TestDocs.class.getResourceAsStream("/entity/catalogue.ttl"), "catalogue.ttl");
        r.read(TestDocs.class.getResourceAsStream("/entity/wikidata.ttl"), "wikidata.ttl");
        return r.build();
    }
}
