package org.claimgraph.entity;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.Location;

/**
 * The entities claimgraph knows by name: immutable, looked up by slug or Wikidata QID. Built from
 * the catalogue Turtle file, optionally joined with Wikidata-shaped files whose labels and
 * altLabels (reached through {@code owl:sameAs}) become extra aliases.
 */
public final class Catalogue {

    /** Classpath resources the build copies from data/. */
    public static final String DEFAULT_CATALOGUE = "/catalogue/entities.ttl";
    public static final String DEFAULT_WIKIDATA = "/wikidata/snapshot.ttl";

    private final Map<String, CatalogueEntry> bySlug;
    private final Map<String, Entity> byQid;

    Catalogue(Collection<CatalogueEntry> entries) {
        Map<String, CatalogueEntry> slugs = new TreeMap<>();
        Map<String, Entity> qids = new TreeMap<>();
        for (CatalogueEntry e : entries) {
            slugs.put(e.slug(), e);
            if (e.entity().qid() != null) qids.putIfAbsent(e.entity().qid(), e.entity());
        }
        this.bySlug = Collections.unmodifiableMap(new LinkedHashMap<>(slugs));
        this.byQid = Collections.unmodifiableMap(new LinkedHashMap<>(qids));
    }

    /** Reads Turtle files: the catalogue first, then any Wikidata-shaped files. */
    public static Catalogue load(Path... files) {
        return load(List.of(files));
    }

    public static Catalogue load(List<Path> files) {
        CatalogueReader r = new CatalogueReader();
        for (Path p : files) r.read(p);
        return r.build();
    }

    /** Collects several files and streams (catalogue first, then Wikidata-shaped files) into one catalogue. */
    public static Reader reader() {
        return new Reader();
    }

    /** Reads one Turtle stream; {@code sourceName} is used in error messages. */
    public static Catalogue read(InputStream in, String sourceName) {
        CatalogueReader r = new CatalogueReader();
        r.read(in, sourceName);
        return r.build();
    }

    public static Catalogue fromModel(Model model) {
        return CatalogueReader.entries(model);
    }

    /** The catalogue and Wikidata snapshot the build puts on the classpath. */
    public static Catalogue loadDefault() {
        CatalogueReader r = new CatalogueReader();
        try (InputStream cat = Catalogue.class.getResourceAsStream(DEFAULT_CATALOGUE)) {
            if (cat == null) {
                throw new ClaimgraphException("entity catalogue not found on the classpath as "
                        + DEFAULT_CATALOGUE + " (the build copies it from data/catalogue/entities.ttl)",
                        Location.of(DEFAULT_CATALOGUE));
            }
            r.read(cat, DEFAULT_CATALOGUE);
        } catch (IOException e) {
            throw new ClaimgraphException("cannot read " + DEFAULT_CATALOGUE, Location.of(DEFAULT_CATALOGUE), e);
        }
        // The snapshot only adds names; the catalogue is usable without it.
        try (InputStream wd = Catalogue.class.getResourceAsStream(DEFAULT_WIKIDATA)) {
            if (wd != null) r.read(wd, DEFAULT_WIKIDATA);
        } catch (IOException e) {
            throw new ClaimgraphException("cannot read " + DEFAULT_WIKIDATA, Location.of(DEFAULT_WIKIDATA), e);
        }
        return r.build();
    }

    public Optional<Entity> bySlug(String slug) {
        CatalogueEntry e = bySlug.get(slug);
        return e == null ? Optional.empty() : Optional.of(e.entity());
    }

    /** "Q380" or the full Wikidata IRI. */
    public Optional<Entity> byQid(String qid) {
        if (qid == null) return Optional.empty();
        String q = qid.startsWith(CatalogueVocab.WD) ? qid.substring(CatalogueVocab.WD.length()) : qid;
        return Optional.ofNullable(byQid.get(q));
    }

    public Optional<CatalogueEntry> entry(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /**
     * The month from which the entity existed ({@code cg:availableSince}), when the catalogue says:
     * no article that names it can be older.
     */
    public Optional<YearMonth> availableSince(String slug) {
        CatalogueEntry e = bySlug.get(slug);
        return e == null ? Optional.empty() : e.firstAvailable();
    }

    /** All entities, ordered by slug. */
    public List<Entity> all() {
        List<Entity> out = new ArrayList<>(bySlug.size());
        for (CatalogueEntry e : bySlug.values()) out.add(e.entity());
        return Collections.unmodifiableList(out);
    }

    public Collection<CatalogueEntry> entries() {
        return bySlug.values();
    }

    public int size() {
        return bySlug.size();
    }

    /** Adds Turtle sources one by one; {@link #build()} makes the immutable catalogue. */
    public static final class Reader {
        private final CatalogueReader reader = new CatalogueReader();

        private Reader() {
        }

        public Reader add(Path file) {
            reader.read(java.util.Objects.requireNonNull(file, "file"));
            return this;
        }

        /** The stream is read now and not closed; {@code sourceName} is used in error messages. */
        public Reader add(InputStream in, String sourceName) {
            reader.read(java.util.Objects.requireNonNull(in, "in"), sourceName);
            return this;
        }

        public Catalogue build() {
            return reader.build();
        }
    }
}
