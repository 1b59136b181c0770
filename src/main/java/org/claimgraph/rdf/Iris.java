package org.claimgraph.rdf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.claim.Claim;
import org.claimgraph.claim.ComparativeClaim;
import org.claimgraph.claim.Evidence;
import org.claimgraph.claim.Provenance;
import org.claimgraph.claim.QuantitativeClaim;
import org.claimgraph.claim.RelationClaim;
import org.claimgraph.entity.Entity;

/**
 * Deterministic IRIs for minted resources. The same input always gives the same IRI, so
 * re-ingesting an article replaces its graph instead of duplicating it; any string gives a valid
 * absolute IRI because whatever is not safe in a path segment is percent-encoded.
 */
public final class Iris {

    /** Hex digits of SHA-256 kept in a claim IRI: 96 bits, far beyond any corpus we will see. */
    static final int CLAIM_HASH_LENGTH = 24;

    private Iris() {}

    /** {@code cgr:article/000_e3dcabc6ab02a58b} for the source file "000_e3dcabc6ab02a58b.txt". */
    public static Node article(String sourceFile) {
        return NodeFactory.createURI(CGR.ARTICLE + articleKey(sourceFile));
    }

    /** The article's part of its IRI: the file's base name without directory or extension, encoded. */
    public static String articleKey(String sourceFile) {
        String name = sourceFile.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        return encodeSegment(name);
    }

    /** {@code cgr:entity/<slug>}; a slug that is not already IRI-safe is percent-encoded, never altered. */
    public static Node entity(Entity entity) {
        return entity(entity.slug());
    }

    public static Node entity(String slug) {
        return NodeFactory.createURI(CGR.ENTITY + encodeSegment(slug));
    }

    /** {@code cgr:span/<article>-<begin>-<end>}. */
    public static Node span(String sourceFile, int begin, int end) {
        return NodeFactory.createURI(CGR.SPAN + articleKey(sourceFile) + "-" + begin + "-" + end);
    }

    /** {@code cgr:claim/<hash>} over the article and everything that tells this claim from another. */
    public static Node claim(Node article, Claim claim) {
        Digest d = new Digest().add(article.getURI());
        if (claim instanceof QuantitativeClaim q) {
            d.add("Q").add(q.about().slug()).add(q.metricLocalName())
                    .add(q.value()).add(q.lower()).add(q.upper())
                    .add(q.unit() == null ? null : q.unit().qid())
                    .add(q.approximation() == null ? null : q.approximation().localName())
                    .add(q.period()).add(q.segment());
        } else if (claim instanceof ComparativeClaim c) {
            d.add("C").add(c.about().slug())
                    .add(c.metric() == null ? null : c.metric().localName())
                    .add(c.ratio()).add(c.comparedTo().slug())
                    .add(c.approximation() == null ? null : c.approximation().localName());
        } else {
            RelationClaim r = (RelationClaim) claim;
            d.add("R").add(r.about().slug()).add(r.relation().localName()).add(r.object().slug());
        }
        Provenance p = claim.provenance();
        Evidence e = p.evidence();
        d.add(p.modality().localName()).add(p.speaker() == null ? null : p.speaker().slug())
                .add(Integer.toString(e.begin())).add(Integer.toString(e.end()));
        return NodeFactory.createURI(CGR.CLAIM + d.hex(CLAIM_HASH_LENGTH));
    }

    /**
     * A readable slug for a name: "Meta Platforms" → "meta-platforms", "Zürich" → "zurich",
     * "C++" → "c-plus-plus", "AT&T" → "at-and-t". Letters of other scripts are kept ("東京").
     * Names with no letter or digit at all fall back to a hash.
     */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replace("&", " and ").replace("+", " plus ").replace("ß", "ss").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x-" + new Digest().add(name).hex(12) : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Encodes a string as one IRI path segment: ASCII letters, digits, '-', '_' and '~' and
     * letters/digits of other scripts stay; everything else becomes %XX of its UTF-8 bytes. A dot
     * is kept inside a segment but encoded at its start, so "." and ".." never become dot-segments.
     */
    public static String encodeSegment(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isSafe(cp) || (cp == '.' && i > 0)) sb.appendCodePoint(cp);
            else for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8))
                sb.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            i += Character.charCount(cp);
        }
        return sb.isEmpty() ? "_" : sb.toString();
    }

    private static boolean isSafe(int cp) {
        if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                || cp == '-' || cp == '_' || cp == '~';
        // RFC 3987 ucschar covers these; private use, specials and unassigned code points are encoded
        return Character.isLetterOrDigit(cp) && cp >= 0xA0 && cp < 0xE000 || Character.isLetterOrDigit(cp) && cp >= 0x10000 && cp < 0xE0000;
    }

    /** Length-prefixed fields, so ("ab","c") and ("a","bc") hash differently; null is its own marker. */
    private static final class Digest {
        private final MessageDigest sha;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every Java platform", e);
            }
        }

        Digest add(String field) {
            if (field == null) {
                sha.update((byte) 0);
                return this;
            }
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha.update((byte) 1);
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
            return this;
        }

        /** Numbers by value: 39E9 and 39000000000 are the same figure. */
        Digest add(BigDecimal number) {
            return add(number == null ? null : Literals.decimalLexical(number));
        }

        String hex(int length) {
            return HexFormat.of().formatHex(sha.digest()).substring(0, length);
        }
    }
}
