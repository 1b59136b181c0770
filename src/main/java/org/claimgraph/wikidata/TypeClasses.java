package org.claimgraph.wikidata;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.claimgraph.entity.EntityType;

/**
 * Which Wikidata classes (P31 values) fit which claimgraph entity type, and which classes no
 * entity of ours can be (names, disambiguation and other Wikimedia pages).
 */
final class TypeClasses {

    static final Set<Qid> PERSON = ids(5);
    static final Set<Qid> ORGANIZATION = ids(
            4830453,   // business
            6881511,   // enterprise
            783794,    // company
            891723,    // public company
            167037,    // corporation
            18388277,  // technology company
            1058914,   // software company
            43229,     // organization
            1589009,   // privately held company
            219577,    // holding company
            658255,    // subsidiary
            21980538,  // commercial organization
            1331793,   // media company
            210167,    // video game developer
            1137109,   // video game publisher
            31855,     // research institute
            163740,    // nonprofit organization
            4287745,   // medical organization
            2659904,   // government organization
            270791,    // state-owned enterprise
            1616075,   // television station
            3918);     // university
    static final Set<Qid> PRODUCT = ids(
            7397,      // software
            166142,    // application
            620615,    // mobile app
            2424752,   // product
            115305900, // large language model
            116777014, // generative pre-trained transformer
            3220391,   // social networking service
            202833,    // social media
            35127,     // website
            1668024,   // service on internet
            193424,    // web service
            9135,      // operating system
            1130645,   // open-source software
            341,       // free software
            183484,    // graphics processing unit
            5300,      // central processing unit
            22645,     // smartphone
            11019,     // machine
            17155032,  // software category
            1639024,   // mainframe/ hardware product line
            7889);     // video game

    /** Classes of items that are not things: an entity of ours is never one of these. */
    static final Map<Qid, String> NEVER = Map.of(
            id(202444), "given name",
            id(12308941), "male given name",
            id(11879590), "female given name",
            id(3409032), "unisex given name",
            id(101352), "family name",
            id(4167410), "Wikimedia disambiguation page",
            id(4167836), "Wikimedia category",
            id(13406463), "Wikimedia list article",
            id(11266439), "Wikimedia template");

    private TypeClasses() {}

    static Set<Qid> fitting(EntityType type) {
        return switch (type) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case PRODUCT, AI_MODEL, APP -> PRODUCT;
        };
    }

    /** The classes of the other kinds: a person item is no organisation, a company no app. */
    static Set<Qid> conflicting(EntityType type) {
        return Stream.of(PERSON, ORGANIZATION, PRODUCT).filter(s -> s != fitting(type))
                .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    static Optional<String> never(Set<Qid> types) {
        return types.stream().sorted().filter(NEVER::containsKey).findFirst().map(q -> NEVER.get(q) + " (" + q + ")");
    }

    private static Qid id(long n) {
        return new Qid('Q', n);
    }

    private static Set<Qid> ids(long... ns) {
        return java.util.Arrays.stream(ns).mapToObj(TypeClasses::id).collect(Collectors.toUnmodifiableSet());
    }
}
