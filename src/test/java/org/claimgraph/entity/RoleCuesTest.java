package org.claimgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.claim.Relation;
import org.claimgraph.ingest.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleCuesTest {

    /** text | the person's name in it | relations of the role words before it | their surfaces, split by / */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "Das sagte Finanzchefin Erika Muster gestern.          | Erika Muster | CHIEF_FINANCIAL_OFFICER_OF                   | Finanzchefin",
            "Konzernchef Max Beispiel verteidigte die Pläne.       | Max Beispiel | CHIEF_EXECUTIVE_OFFICER_OF                   | Konzernchef",
            "Das betonte Firmenchef Jan Probe.                     | Jan Probe    | CHIEF_EXECUTIVE_OFFICER_OF                   | Firmenchef",
            "Der Finanzvorstand Jan Probe rechnet mit Wachstum.    | Jan Probe    | CHIEF_FINANCIAL_OFFICER_OF                   | Finanzvorstand",
            "CFO Jane Roe raised the outlook.                      | Jane Roe     | CHIEF_FINANCIAL_OFFICER_OF                   | CFO",
            "Acme CEO Jane Roe spoke first.                        | Jane Roe     | CHIEF_EXECUTIVE_OFFICER_OF                   | CEO",
            "Chief Executive Officer Jane Roe spoke first.         | Jane Roe     | CHIEF_EXECUTIVE_OFFICER_OF                   | Chief Executive Officer",
            "Its chief financial officer Jane Roe said so.         | Jane Roe     | CHIEF_FINANCIAL_OFFICER_OF                   | chief financial officer",
            "The chief executive, Jane Roe, disagreed.             | Jane Roe     | CHIEF_EXECUTIVE_OFFICER_OF                   | chief executive",
            "Chief Technology Officer Jane Roe left.               | Jane Roe     | CHIEF_TECHNOLOGY_OFFICER_OF                  | Chief Technology Officer",
            "Chief Operating Officer Jane Roe left.                | Jane Roe     | CHIEF_OPERATING_OFFICER_OF                   | Chief Operating Officer",
            "Technikchefin Mira Probe stellte das Modell vor.      | Mira Probe   | CHIEF_TECHNOLOGY_OFFICER_OF                  | Technikchefin",
            "Gründer Max Beispiel hält die Mehrheit.               | Max Beispiel | FOUNDER_OF                                   | Gründer",
            "Mitgründerin Erika Muster verlässt die Firma.         | Erika Muster | FOUNDER_OF                                   | Mitgründerin",
            "Its co-founder Jane Roe left.                         | Jane Roe     | FOUNDER_OF                                   | co-founder",
            "Der Acme-Chef Max Beispiel reist nach Paris.          | Max Beispiel | CHIEF_EXECUTIVE_OFFICER_OF                   | Chef",
            "Der KI-Chef Max Beispiel wechselt.                    | Max Beispiel | EMPLOYEE_OF                                  | Chef",
            "Deutschlandchef Max Beispiel tritt ab.                | Max Beispiel | EMPLOYEE_OF                                  | Deutschlandchef",
            "Mitarbeiterin Erika Muster klagt.                     | Erika Muster | EMPLOYEE_OF                                  | Mitarbeiterin",
            "Gründer und Chef Max Beispiel sprach.                 | Max Beispiel | FOUNDER_OF CHIEF_EXECUTIVE_OFFICER_OF        | Gründer / Chef",
            "Its founder and CEO Jane Roe spoke.                   | Jane Roe     | FOUNDER_OF CHIEF_EXECUTIVE_OFFICER_OF        | founder / CEO",
            "Das sagte Max Beispiel am Abend.                      | Max Beispiel |                                              | ",
            "Herr Max Beispiel lehnte ab.                          | Max Beispiel |                                              | ",
            "Max Beispiel, CEO von Acme, lehnte ab.                | Max Beispiel |                                              | ",
            "Die Chefin des Chefs sprach mit Max Beispiel.         | Max Beispiel |                                              | ",
    })
    void roleWordsBeforeAPerson(String text, String name, String relations, String surfaces) {
        int begin = text.indexOf(name);
        Mention person = new Mention(new Entity("p", EntityType.PERSON, java.util.Map.of(), List.of(), null),
                begin, begin + name.length(), name, "test");
        List<RoleCue> cues = RoleCues.before(text, person);
        List<String> gotRelations = new ArrayList<>();
        List<String> gotSurfaces = new ArrayList<>();
        for (RoleCue c : cues) {
            gotRelations.add(c.relation().name());
            gotSurfaces.add(c.surface());
            assertEquals(text.substring(c.begin(), c.end()), c.surface());
            assertTrue(c.end() <= begin);
        }
        assertEquals(words(relations), gotRelations);
        assertEquals(surfaces == null || surfaces.isBlank() ? List.of() : List.of(surfaces.trim().split("\\s*/\\s*")), gotSurfaces);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "Finanzchefin              | CHIEF_FINANCIAL_OFFICER_OF",
            "Finanzchefs               | CHIEF_FINANCIAL_OFFICER_OF",
            "chief financial officer   | CHIEF_FINANCIAL_OFFICER_OF",
            "Vorstandsvorsitzender     | CHIEF_EXECUTIVE_OFFICER_OF",
            "CEO                       | CHIEF_EXECUTIVE_OFFICER_OF",
            "Unternehmenschefin        | CHIEF_EXECUTIVE_OFFICER_OF",
            "Betriebschef              | CHIEF_OPERATING_OFFICER_OF",
            "Mitbegründer              | FOUNDER_OF",
            "Forschungschef            | EMPLOYEE_OF",
            "Analyst                   | ",
            "Chefredakteur             | ",
            "                          | ",
    })
    void relationOfARoleWord(String word, String relation) {
        Optional<Relation> r = RoleCues.relation(word == null ? "" : word);
        assertEquals(relation == null || relation.isEmpty() ? Optional.empty() : Optional.of(Relation.valueOf(relation)), r);
    }

    @Test
    void worksOnRecognisedMentions() {
        var recognizer = CatalogueEntityRecognizer.builder().catalogue(TestDocs.catalogue()).build();
        String text = "Das erklärte Finanzchefin Susan Li den Analysten.";
        Mention li = recognizer.recognize(TestDocs.doc(Language.DE, text)).get(0);
        assertEquals("susan-li", li.entity().slug());
        assertEquals(List.of(Relation.CHIEF_FINANCIAL_OFFICER_OF),
                RoleCues.before(text, li).stream().map(RoleCue::relation).toList());
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.trim().split("\\s+"));
    }
}
