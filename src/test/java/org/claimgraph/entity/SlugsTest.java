package org.claimgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Meta Platforms        | meta-platforms",
            "AT&T                  | at-t",
            "C++                   | c-plus-plus",
            "C                     | c",
            "東京                  | dong-jing",
            "a b                   | a-b",
            "%zz                   | zz",
            "../x                  | x",
            "Müller                | mueller",
            "Straße                | strasse",
            "Société Générale      | societe-generale",
            "Москва                | moskva",
            "'  Jensen   Huang  '  | jensen-huang",
            "Llama 3.1             | llama-3-1",
            "Meta Platforms, Inc.  | meta-platforms-inc",
    })
    void slugOfName(String name, String slug) {
        assertEquals(slug, Slugs.slug(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "%%", "...", "—", "\u200b"})
    void nameWithoutLettersStillGetsAStableSlug(String name) {
        String s = Slugs.slug(name);
        assertTrue(s.matches("e-[0-9a-f]{12}"), s);
        assertEquals(s, Slugs.slug(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "%%"})
    void differentNamesWithoutLettersDiffer(String name) {
        assertTrue(!Slugs.slug(name).equals(Slugs.slug(name + "?")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ünïcödé Çorp", "A--B__C", "Ω Ψ", "مرحبا", "日本電信電話", "-lead-"})
    void slugIsAlwaysAsciiHyphenatedAndBounded(String name) {
        String s = Slugs.slug(name);
        assertTrue(s.matches("[a-z0-9]+(-[a-z0-9]+)*"), s);
        assertTrue(s.length() <= 80, s);
    }

    @org.junit.jupiter.api.Test
    void longNamesAreCutAtAWordBoundaryCharacter() {
        String s = Slugs.slug("word ".repeat(60));
        assertTrue(s.length() <= 80 && !s.endsWith("-") && s.startsWith("word-word"), s);
    }
}
