package org.claimgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ingest.Language;
import org.claimgraph.text.TextDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row lists all mentions expected in the text, in order, as surface=slug@method; an empty
 * expectation means nothing may be found. Sentences are our own, written for these phenomena.
 */
class CatalogueEntityRecognizerTest {

    private static final CatalogueEntityRecognizer RECOGNIZER =
            CatalogueEntityRecognizer.builder().catalogue(TestDocs.catalogueWithWikidata()).build();

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            // plain names, longest match, case
            "DE | Mark Zuckerberg stellte neue Brillen vor.                     | Mark Zuckerberg=mark-zuckerberg@alias",
            "DE | Reality Labs verlor erneut Geld.                               | Reality Labs=reality-labs@alias",
            "DE | Die NVIDIA Corporation meldete Zahlen.                         | NVIDIA Corporation=nvidia@alias",
            "DE | Nutzer von Whatsapp schreiben täglich.                         | Whatsapp=whatsapp@alias",
            "DE | Tiktok wächst weiter.                                          | Tiktok=tiktok@alias",
            "EN | Nvidia Corp. raised its forecast.                              | Nvidia Corp.=nvidia@alias",
            "DE | Das KI-Modell Llama 3 ist frei verfügbar.                      | Llama 3=llama-3@alias",
            "EN | The Llama-3 weights were published.                            | Llama-3=llama-3@alias",
            // German genitive
            "DE | Zuckerbergs Pläne sind teuer.                                  | Zuckerbergs=mark-zuckerberg@genitive",
            "DE | Nvidias Gewinn verdreifachte sich.                             | Nvidias=nvidia@genitive",
            "DE | Metas Umsatz stieg, sagte Mark Zuckerberg.                     | Metas=meta-platforms@genitive; Mark Zuckerberg=mark-zuckerberg@alias",
            "DE | Elon Musks Firmen wachsen.                                     | Elon Musks=elon-musk@genitive",
            "DE | Die Investoren des Facebook-Konzerns waren zufrieden.          | Facebook-Konzerns=meta-platforms@genitive",
            // German compounds
            "DE | Die Meta-Aktie legte am Donnerstag zu.                         | Meta=meta-platforms@compound",
            "DE | Der Kurs der Microsoft-Aktien fiel leicht.                     | Microsoft=microsoft@compound",
            "DE | Die Alphabet-Tochter Google investiert in Rechenzentren.       | Alphabet=alphabet@compound; Google=google@alias",
            "DE | Der X-Konkurrent Bluesky wächst schnell.                       | X=x-social-network@compound",
            "DE | Das Engagement in Facebook- und Instagram-Feeds stieg.         | Facebook=facebook@compound; Instagram=instagram@compound",
            "DE | Der TikTok-Konkurrent Reels gehört zu Instagram.               | TikTok=tiktok@compound; Reels=instagram-reels@context; Instagram=instagram@alias",
            "DE | Beim Facebook-Konzern laufen die Geschäfte gut.                | Facebook-Konzern=meta-platforms@alias",
            "DE | Apple-Chef Tim Cook reist nach China.                          | Apple=apple@compound; Tim Cook=tim-cook@alias",
            "DE | Ein neues KI-Modell kommt auf den Markt.                       | ",
            "DE | Die Meta-Analyse umfasst viele Studien.                        | ",
            "DE | Die AWS-Regel gilt nur hier.                                   | ",
            "DE | Die AWS-Kunden zahlen mehr.                                    | AWS=aws@compound",
            "DE | AWS wächst. Die AWS-Regel gilt auch dort.                      | AWS=aws@alias; AWS=aws@compound",
            // English possessives
            "EN | Nvidia's data center unit grew.                                | Nvidia=nvidia@possessive",
            "EN | Meta’s revenue rose as Mark Zuckerberg spent more.             | Meta=meta-platforms@possessive; Mark Zuckerberg=mark-zuckerberg@alias",
            "EN | Jensen Huang spoke first. Huang's chips sold out.              | Jensen Huang=jensen-huang@alias; Huang=jensen-huang@possessive",
            // ambiguous names: positive with context
            "DE | Nutzer wechseln von der Plattform X zu anderen Diensten.       | X=x-social-network@context",
            "DE | Elon Musks Kurznachrichtendienst X verliert Werbekunden.       | Elon Musks=elon-musk@genitive; X=x-social-network@context",
            "EN | Elon Musk bought Twitter and renamed it X.                     | Elon Musk=elon-musk@alias; Twitter=x-social-network@alias; X=x-social-network@context",
            "EN | Musk's platform X lost advertisers, Elon Musk admitted.        | Musk=elon-musk@possessive; X=x-social-network@context; Elon Musk=elon-musk@alias",
            "DE | Threads gehört zu Meta, sagte Mark Zuckerberg.                 | Threads=threads@context; Meta=meta-platforms@context; Mark Zuckerberg=mark-zuckerberg@alias",
            "DE | Meta stellte das Modell Llama vor, sagte Zuckerberg.           | Meta=meta-platforms@context; Llama=llama@context; Zuckerberg=mark-zuckerberg@alias",
            "EN | Apple sold more iPhone units in China.                         | Apple=apple@context; iPhone=iphone@alias",
            "EN | Amazon Web Services grew, and Amazon hired more staff.         | Amazon Web Services=aws@alias; Amazon=amazon@context",
            "DE | Microsoft baut den Copilot in Windows ein.                     | Microsoft=microsoft@alias; Copilot=microsoft-copilot@context",
            "DE | Die Chatbot-App Threads ist neu. Instagram bewirbt sie.        | Threads=threads@context; Instagram=instagram@alias",
            "EN | The index fell behind Microsoft and Apple last week.           | Microsoft=microsoft@alias; Apple=apple@context",
            "DE | Amazon, Google und Microsoft investieren.                      | Amazon=amazon@context; Google=google@alias; Microsoft=microsoft@alias",
            // ambiguous names: negative
            "EN | Google and X were both named.                                  | Google=google@alias",
            "DE | Der Buchstabe X steht am Ende.                                 | ",
            "DE | Das Alphabet hat 26 Buchstaben.                                | ",
            "DE | Threads wurde im Sommer gestartet.                             | ",
            "DE | Der Copilot landete das Flugzeug sicher.                       | ",
            "DE | Musks Firmen wachsen.                                          | ",
            "EN | An apple a day keeps the doctor away.                          | ",
            "EN | Apple pie is a dessert.                                        | ",
            "EN | The threads of the fabric were loose.                          | ",
            "EN | Threads of silk were sold at the market.                       | ",
            "EN | Reels of film lay on the floor.                                | ",
            "EN | The x coordinate and the letter X differ.                      | ",
            "EN | Huang spoke at the conference.                                 | ",
            "EN | FB shares rose in early trading.                               | ",
            "EN | The amazon basin is vast.                                      | ",
            // coreference
            "DE | Microsoft hat mehr verdient. Der Konzern profitiert von der Cloud.                | Microsoft=microsoft@alias; Konzern=microsoft@coreference",
            "DE | Nvidia verkauft mehr Chips. Der Umsatz des Chipkonzerns stieg deutlich.           | Nvidia=nvidia@alias; Chipkonzerns=nvidia@coreference",
            "DE | Microsoft legte Zahlen vor. Durch neue Produkte gewinne der Software-Konzern Kunden. | Microsoft=microsoft@alias; Software-Konzern=microsoft@coreference",
            "DE | Microsoft übertraf die Erwartungen. Das Unternehmen hatte weniger erwartet.       | Microsoft=microsoft@alias; Unternehmen=microsoft@coreference",
            "DE | Der Konzern Nvidia meldete Rekordzahlen.                                          | Nvidia=nvidia@alias",
            "DE | Weil das Unternehmen Gewinne macht, steigt der Kurs.                              | ",
            "DE | Meta wächst, sagt Zuckerberg. Der Mark-Zuckerberg-Konzern investiert.             | Meta=meta-platforms@context; Zuckerberg=mark-zuckerberg@alias; Mark-Zuckerberg=mark-zuckerberg@compound; Mark-Zuckerberg-Konzern=meta-platforms@coreference",
            "DE | Google wächst. Der Mutterkonzern hält sich bedeckt.                               | Google=google@alias",
            "EN | Nvidia beat estimates. The chip maker's data center unit grew.                    | Nvidia=nvidia@alias; chip maker=nvidia@coreference",
            "EN | Meta Platforms Inc. posted strong sales, signaling that the social networking giant is growing. | Meta Platforms Inc.=meta-platforms@alias; social networking giant=meta-platforms@coreference",
            "EN | Nvidia posted record sales. Its stock beat Acme Corp. again. The company expects more growth. | Nvidia=nvidia@alias; Acme Corp.=acme-corp@proper-name; company=nvidia@coreference",
            "EN | Microsoft grew. It was the third most valuable company by market cap.            | Microsoft=microsoft@alias",
            "DE | Der X-Konkurrent wächst. Elon Musks Kurznachrichtendienst verliert Kunden. | X=x-social-network@compound; Elon Musks=elon-musk@genitive; Kurznachrichtendienst=x-social-network@coreference",
            "DE | Elon Musks Kurznachrichtendienst verliert Kunden.              | Elon Musks=elon-musk@genitive",
            "EN | X grew, said Elon Musk. Musk's social network lost advertisers. | X=x-social-network@context; Elon Musk=elon-musk@alias; Musk=elon-musk@possessive; social network=x-social-network@coreference",
            "EN | Nvidia grew. The company of soldiers marched.                   | Nvidia=nvidia@alias",
            "DE | Google-Nutzer suchen mehr.                                     | Google=google@compound",
            "DE | Der Google-Effekt ist bekannt.                                 | ",
            "EN | The company said nothing.                                                         | ",
            // names the catalogue does not know
            "DE | Das sagte Finanzchefin Erika Mustermann am Mittwoch.           | Erika Mustermann=erika-mustermann@proper-name",
            "DE | (Bericht von Jana Beispiel und Tom Muster; redigiert von Olaf Probe.) | Jana Beispiel=jana-beispiel@proper-name; Tom Muster=tom-muster@proper-name; Olaf Probe=olaf-probe@proper-name",
            "DE | Die Deutsche Bank senkte ihr Kursziel.                         | Deutsche Bank=deutsche-bank@proper-name",
            "DE | Das Unternehmen Quantiq, ein Start-up aus Berlin, sammelte Geld ein. | Quantiq=quantiq@proper-name",
            "EN | Goldman Sachs' analysts raised their target.                   | Goldman Sachs=goldman-sachs@proper-name",
            "EN | Reporting by Jane Roe; editing by Max Doe.                     | Jane Roe=jane-roe@proper-name; Max Doe=max-doe@proper-name",
            "EN | (Reporting by Jane Roe in San Francisco and Zubin Qaderi in Bengaluru) | Jane Roe=jane-roe@proper-name; Zubin Qaderi=zubin-qaderi@proper-name",
            "DE | (Bericht von Jana Beispiel in Berlin und Zubin Qaderi in Frankfurt) | Jana Beispiel=jana-beispiel@proper-name; Zubin Qaderi=zubin-qaderi@proper-name",
            "EN | --With assistance from Zubin Qaderi.                           | Zubin Qaderi=zubin-qaderi@proper-name",
            "EN | Sales rose in San Francisco and Berlin.                        | ",
            "DE | Die Nutzer von Threads sind jung.                              | Threads=threads@context",
            "EN | Most users of X are men.                                       | X=x-social-network@context",
            "EN | The threads of the users of the forum.                         | ",
            "EN | X has 600 million monthly users.                               | X=x-social-network@context",
            "DE | Threads hat mehr als 400 Millionen Nutzer.                     | Threads=threads@context",
            "EN | The X has 3 sides.                                             | ",
            "EN | CEO Priya Raman said the outlook is strong. Raman expects growth. | Priya Raman=priya-raman@proper-name; Raman=priya-raman@proper-name",
            "EN | The company Anthropic released a model.                        | Anthropic=anthropic@proper-name",
            "EN | Chief Executive Officer Mark Zuckerberg called it a year of focus. | Mark Zuckerberg=mark-zuckerberg@alias",
            "EN | Tokyo (Newswire) -- Nvidia grew. The company hired staff.      | Newswire=newswire@proper-name; Nvidia=nvidia@alias; company=nvidia@coreference",
            "EN | (Google) -- Nvidia grew. The company hired staff.              | Google=google@alias; Nvidia=nvidia@alias; company=nvidia@coreference",
            "DE | Berlin (Agentur) - Das Unternehmen wächst.                     | Agentur=agentur@proper-name",
            "EN | Reporting by Jane Roe. Jane Roe also wrote the summary.        | Jane Roe=jane-roe@proper-name; Jane Roe=jane-roe@proper-name",
            "DE | Das Wachstum bleibt stark, sagte Erika Muster.                 | Erika Muster=erika-muster@proper-name",
            "EN | Growth will slow, said Jane Roe, an analyst.                   | Jane Roe=jane-roe@proper-name",
            "DE | Kanzler Olaf Probe reiste nach Paris.                          | Olaf Probe=olaf-probe@proper-name",
            "DE | Das sagte Erika Muster. Muster erwartet mehr Umsatz.           | Erika Muster=erika-muster@proper-name; Muster=erika-muster@proper-name",
            "DE | Künstliche Intelligenz verändert die Arbeit.                   | ",
            "DE | Im Januar stiegen die Preise am Montag.                        | ",
            "EN | Wall Street said little on Friday.                             | ",
            "DE | Große Sprachmodelle brauchen Rechenzentren.                    | ",
            "DE | Neue Regeln treten im Mai in Kraft.                            | ",
    })
    void recognises(Language language, String text, String expected) {
        TextDocument doc = TestDocs.doc(language, text);
        List<Mention> mentions = RECOGNIZER.recognize(doc);
        List<String> got = new ArrayList<>();
        for (Mention m : mentions) {
            assertEquals(text.substring(m.begin(), m.end()), m.surface(), "surface is the text at the offsets");
            got.add(m.surface() + "=" + m.entity().slug() + "@" + m.method());
        }
        List<String> want = expected == null || expected.isBlank() ? List.of()
                : List.of(expected.trim().split("\\s*;\\s*"));
        assertEquals(want, got);
    }

    @Test
    void unknownNamesAreTypedAndUnlinked() {
        List<Mention> m = RECOGNIZER.recognize(TestDocs.doc(Language.EN,
                "CEO Priya Raman said Acme Corp. would grow."));
        assertEquals(EntityType.PERSON, m.get(0).entity().type());
        assertEquals(EntityType.ORGANIZATION, m.get(1).entity().type());
        assertNull(m.get(0).entity().qid());
        assertEquals("Priya Raman", m.get(0).entity().label("en"));
    }

    @Test
    void catalogueMatchesCarryTheCatalogueEntity() {
        Catalogue c = TestDocs.catalogueWithWikidata();
        Mention m = RECOGNIZER.recognize(TestDocs.doc(Language.DE, "Die Meta-Aktie stieg.")).get(0);
        assertEquals(c.bySlug("meta-platforms").orElseThrow(), m.entity());
        assertEquals("Q380", m.entity().qid());
    }

    @Test
    void optionsSwitchStagesOff() {
        CatalogueEntityRecognizer plain = CatalogueEntityRecognizer.builder().catalogue(TestDocs.catalogue())
                .properNames(false).coreference(false).build();
        List<Mention> m = plain.recognize(TestDocs.doc(Language.EN,
                "Nvidia grew. The company hired CEO Priya Raman."));
        assertEquals(List.of("Nvidia"), m.stream().map(Mention::surface).toList());
    }

    @Test
    void mainOrganisationWinsOverAnOrganisationMentionedInPassing() {
        String text = "Nvidia reported strong sales. Nvidia shares rose. "
                + "Its value is now above Microsoft. The company plans more.";
        List<Mention> m = RECOGNIZER.recognize(TestDocs.doc(Language.EN, text));
        Mention last = m.get(m.size() - 1);
        assertEquals("coreference", last.method());
        assertEquals("nvidia", last.entity().slug());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "Google is also a verb.                      | false | Google",
            "Google is also a verb.                      | true  | ",
            "Google is also a verb. Google grew.         | true  | ",
            "Google is also a verb. Analysts like Google. | true | Google Google",
            "Analysts said Google grew.                  | true  | Google",
            "Google's revenue grew.                      | true  | Google",
            "TikTok grew fast.                           | true  | TikTok",
    })
    void strictSentenceStartsAsksForContext(String text, boolean strict, String expected) {
        CatalogueEntityRecognizer r = CatalogueEntityRecognizer.builder().catalogue(TestDocs.catalogue())
                .strictSentenceStarts(strict).build();
        List<String> got = r.recognize(TestDocs.doc(Language.EN, text)).stream().map(Mention::surface).toList();
        assertEquals(expected == null || expected.isBlank() ? List.of() : List.of(expected.split(" ")), got);
    }

    @ParameterizedTest(name = "headline {0}")
    @CsvSource(delimiter = '|', value = {
            "Microsoft wächst kräftig | microsoft",
            "Nvidia wächst kräftig    | nvidia",
    })
    void aHeadlineOutsideTheTextDecidesTheMainOrganisation(String headline, String main) {
        String text = "Nvidia und Microsoft legten Zahlen vor. Der Konzern ist zufrieden.";
        var article = new org.claimgraph.ingest.Article("t.txt", null, null, Language.DE, headline, text);
        TextDocument doc = new TextDocument(article, TestDocs.doc(Language.DE, text).sentences());
        Mention last = RECOGNIZER.recognize(doc).get(2);
        assertEquals("Konzern", last.surface());
        assertEquals(main, last.entity().slug());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "''                                   | ",
            "'   '                                | ",
            "Der Konzern wächst.                  | ",
            "Nvidias Umsatz stieg. Das Unternehmen wächst. | Nvidias Unternehmen",
            "Nvidia's revenue rose. The company grew.      | Nvidia company",
    })
    void documentsWithoutLanguage(String text, String expected) {
        TextDocument doc = TestDocs.doc(null, text);
        List<String> got = RECOGNIZER.recognize(doc).stream().map(Mention::surface).toList();
        assertEquals(expected == null || expected.isBlank() ? List.of() : List.of(expected.split(" ")), got);
    }

    @Test
    void builderChecksItsArguments() {
        assertThrows(IllegalStateException.class, () -> CatalogueEntityRecognizer.builder().build());
        assertThrows(NullPointerException.class, () -> CatalogueEntityRecognizer.builder().catalogue(null));
        assertThrows(IllegalArgumentException.class, () -> CatalogueEntityRecognizer.builder().leadSentences(0));
        assertThrows(IllegalArgumentException.class, () -> CatalogueEntityRecognizer.builder().caseInsensitiveMinLength(0));
    }
}
