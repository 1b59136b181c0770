package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.claimgraph.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlArticleReaderTest {

    static String fixture(String name) throws IOException {
        try (InputStream in = HtmlArticleReaderTest.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) throw new IOException("missing fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void extractsMainTextAndMetadataWithoutTouchingTheNetwork() throws Exception {
        // Every URL in the page, the JSON-LD @context included, points at a local socket; a fetch would show up there.
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String html = fixture("article_with_furniture.html")
                    .replace("CONTEXT_URL", "http://127.0.0.1:" + trap.getLocalPort());
            Article a = HtmlArticleReader.create().parse(html, "page.html");

            assertEquals("Chipmaker lifts its outlook as data-centre orders swell", a.headline());
            assertEquals("https://example.org/tech/chipmaker-outlook", a.url());
            assertEquals("2026-09-14", a.date().lexical());
            assertEquals(Language.EN, a.language());
            assertTrue(a.text().contains("Demand for AI servers keeps the order books full."), "article header lead kept");
            assertTrue(a.text().contains("raised its revenue forecast for the current quarter to about $9 billion"));
            assertTrue(a.text().contains("Orders from cloud providers grew"));
            assertTrue(a.text().contains("Shares climb\n\nIts shares rose 6 percent"), a.text());

            trap.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, trap::accept, "the reader opened a connection");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Example Tech News",
            "Your daily technology briefing",
            "Markets",
            "We use cookies",
            "A wafer in a clean room",
            "Rival cuts prices again",
            "Sign up for our newsletter",
            "Leave a comment",
            "Share on social media",
            "Most read",
            "All rights reserved",
            "ignore me",
            "color: black",
            "datePublished"})
    void dropsPageFurniture(String furniture) throws Exception {
        Article a = HtmlArticleReader.create().parse(fixture("article_with_furniture.html"), "page.html");
        assertFalse(a.text().contains(furniture), a.text());
    }

    @Test
    void withoutArticleElementTakesTheLargestParagraphBlock() throws Exception {
        Article a = HtmlArticleReader.create().parse(fixture("no_article_element_de.html"), "seite.html");
        assertEquals(Language.DE, a.language());
        assertEquals("2026-10-02", a.date().lexical(), "meta published_time wins over a time element");
        assertEquals("Softwarehaus meldet Rekordumsatz", a.headline());
        assertNull(a.url());
        assertTrue(a.text().contains("rund 2,4 Milliarden Euro umgesetzt."));
        assertTrue(a.text().contains("zwischen 9 und 9,5 Milliarden Euro."));
        for (String furniture : new String[] {"Start", "angerissen", "Depot", "Impressum"}) {
            assertFalse(a.text().contains(furniture), furniture + " in " + a.text());
        }
    }

    @Test
    void dateFromJsonLdAndNestedBlocksOnce() throws Exception {
        Article a = HtmlArticleReader.create().parse(fixture("jsonld_date_only.html"), "j.html");
        assertEquals("2026-12-01", a.date().lexical());
        assertNull(a.language(), "no lang attribute: left for the text stage");
        assertEquals(1, a.text().split("sagte die Chefin", -1).length - 1, a.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Chipmaker beats estimates again | Example News; Chipmaker beats estimates again",
            "Softwarehaus meldet Rekordumsatz - Beispiel Online; Softwarehaus meldet Rekordumsatz",
            "Umsatz – Gewinn – Ausblick: Was Anleger jetzt wissen müssen und warum es wichtig ist; "
                    + "Umsatz – Gewinn – Ausblick: Was Anleger jetzt wissen müssen und warum es wichtig ist",
            "Short | Site; Short | Site",
            "A plain title without a site name; A plain title without a site name"})
    void siteNameIsCutFromTitleElement(String title, String expected) {
        assertEquals(expected, HtmlMetadata.withoutSiteName(title));
    }

    @Test
    void divPerParagraphPagesKeepTheirParagraphs() {
        Article a = HtmlArticleReader.create().parse("<html><body><div class='story'>"
                + "<div>Quartal mit Rekord</div><div>Der Umsatz stieg um <b>8 Prozent</b>.</div>"
                + "<div><span>Die Aktie legte zu.</span></div></div></body></html>", "divs.html");
        assertEquals("Quartal mit Rekord\n\nDer Umsatz stieg um 8 Prozent.\n\nDie Aktie legte zu.", a.text());
    }

    @Test
    void pageOfOnlyFurnitureIsRejected() throws Exception {
        InputException e = assertThrows(InputException.class,
                () -> HtmlArticleReader.create().parse(fixture("furniture_only.html"), "menu.html"));
        assertEquals("menu.html", e.location().source());
        assertTrue(e.getMessage().contains("no article text"), e.getMessage());
    }

    @Test
    void deepNestingIsRejectedQuickly() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>deep text.</p>" + "</div>".repeat(100_000)
                + "</body></html>";
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputException.class, () -> HtmlArticleReader.create().parse(html, "deep.html")));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
    }

    @Test
    void deepNestingWithinARaisedLimitIsReadWithoutRecursion() {
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>Deep text survives.</p>" + "</div>".repeat(10_000)
                + "</body></html>";
        HtmlArticleReader reader = HtmlArticleReader.builder()
                .limits(InputLimits.builder().maxHtmlDepth(20_000).build()).build();
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> reader.parse(html, "deep.html"));
        assertEquals("Deep text survives.", a.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'<div><div><span>x</span></div></div>' | 3",
            "'<div><p>a<p>b<p>c<li>d<li>e</div>' | 1",
            "'<div><!-- <div><div><div> --></div>' | 1",
            "'<script>var s = \"<div><div><div>\";</script><div></div>' | 1",
            "'<DIV><Div><br/><div/></dIV></div>' | 2"})
    void prescanCountsContainerNesting(String html, int depth) {
        assertEquals(depth, HtmlDepthScan.maxDepth(html));
    }

    @Test
    void unreadableDateIsAWarningNotAFailure() {
        org.claimgraph.ErrorHandlers.Collecting handler = org.claimgraph.ErrorHandlers.collecting();
        Article a = HtmlArticleReader.builder().errorHandler(handler).build().parse(
                "<html><head><meta property='article:published_time' content='last Tuesday'></head>"
                        + "<body><article><p>Some text here.</p></article></body></html>", "d.html");
        assertNull(a.date());
        assertEquals(1, handler.warnings().size());
    }
}
