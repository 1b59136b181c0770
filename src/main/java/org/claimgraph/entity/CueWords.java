package org.claimgraph.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words around an ambiguous name that show it is used as a name: compound heads ("X-Konkurrent",
 * "Meta-Aktie") and type nouns next to it ("Plattform X", "the X app", "KI-Modell Llama").
 * General business vocabulary only, no article content.
 */
final class CueWords {

    /** Second parts of "Name-Xxx" compounds that are about a company or product (prefixes, lower-case). */
    private static final List<String> COMPOUND_HEADS = List.of(
            "konkurrent", "konkurrenz", "rival", "aktie", "aktionär", "chef", "boss", "nutzer", "user",
            "app", "konzern", "unternehmen", "account", "konto", "plattform", "platform", "dienst", "tochter",
            "mutter", "modell", "model", "feed", "gründer", "mitarbeiter", "manager", "eigentümer",
            "besitzer", "übernahme", "kurs", "umsatz", "gewinn", "quartal", "zahlen", "bilanz", "börse",
            "investor", "anleger", "papier", "server", "post", "beitrag", "nachricht", "profil", "team",
            "sprecher", "alternative", "gigant", "riese", "imperium", "strategie", "geschäft", "sparte",
            "produkt", "chip", "ki", "ai", "nachfolger", "vorgänger", "version", "owned", "backed",
            "ökosystem", "führung", "zentrale", "werb", "prozessor", "abo", "share", "stock", "ceo",
            "cfo", "sharehold", "kund", "customer", "rechenzentr", "cloud", "dienst", "subscriber", "abonnent", "algorithm", "funktion", "feature", "update");

    /** Type nouns that may stand right before or after a name (exact, lower-case). */
    private static final Set<String> TYPE_NOUNS = NameLists.words(
            "app", "apps", "platform", "platforms", "service", "network", "model", "models", "chatbot",
            "assistant", "company", "firm", "giant", "chip", "chips", "gpu", "gpus", "messenger",
            "website", "startup", "start-up", "plattform", "dienst", "netzwerk", "modell", "modells",
            "modelle", "konzern", "konzerns", "unternehmen", "firma", "assistent", "prozessor",
            "microblogging", "sprachmodell", "kurznachrichtendienst", "owner", "eigentümer", "konkurrent",
            "konkurrenten", "rivale", "rivalen", "rival", "tochter", "sparte", "subsidiary", "unit");

    /** German compound endings of type nouns: "Kurznachrichtendienst", "Sprachmodell". */
    private static final List<String> TYPE_SUFFIXES = List.of(
            "plattform", "dienst", "netzwerk", "modell", "modells", "konzern", "konzerns", "unternehmen",
            "chatbot", "assistent", "messenger");

    private CueWords() {
    }

    static boolean compoundHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String h : COMPOUND_HEADS) if (w.startsWith(h)) return true;
        return false;
    }

    /** Nouns for a company rather than a product. */
    private static final Set<String> COMPANY_NOUNS = NameLists.words(
            "company", "firm", "giant", "konzern", "konzerns", "unternehmen", "firma", "startup", "start-up",
            "owner", "eigentümer", "chip", "chips", "gpu", "gpus", "prozessor");

    /** A type noun that names a product ("Dienst", "app", "Sprachmodell"), not a company. */
    static boolean productNoun(Token t) {
        if (!typeNoun(t)) return false;
        String w = t.lower();
        return !COMPANY_NOUNS.contains(w) && !w.endsWith("konzern") && !w.endsWith("konzerns") && !w.endsWith("unternehmen");
    }

    static boolean typeNoun(Token t) {
        if (t == null || !t.word()) return false;
        String w = t.lower();
        if (TYPE_NOUNS.contains(w)) return true;
        if (!t.capitalised() || w.length() < 7) return false;
        for (String s : TYPE_SUFFIXES) if (w.endsWith(s)) return true;
        return false;
    }
}
