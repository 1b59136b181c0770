package org.claimgraph.rdf;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.ingest.PublicationDate;

/** Typed literals in the lexical forms the claim model fixes. */
final class Literals {

    private static final Pattern LANG_TAG = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

    private Literals() {}

    /** "39000000000", "0.5", "-4650000000": plain, no exponent, no trailing zeros. */
    static String decimalLexical(BigDecimal d) {
        if (d.signum() == 0) return "0";
        return d.stripTrailingZeros().toPlainString();
    }

    static Node decimal(BigDecimal d) {
        return NodeFactory.createLiteralDT(decimalLexical(d), XSDDatatype.XSDdecimal);
    }

    static Node decimal(double d) {
        return decimal(BigDecimal.valueOf(d));
    }

    static Node nonNegativeInteger(int i) {
        if (i < 0) throw new IllegalArgumentException("negative offset: " + i);
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** A language-tagged string; a tag that is not well-formed BCP 47 gives a plain string. */
    static Node langString(String s, String tag) {
        if (tag == null || !LANG_TAG.matcher(tag).matches()) return string(s);
        return NodeFactory.createLiteralLang(s, tag.toLowerCase(Locale.ROOT));
    }

    /** xsd:date, xsd:gYearMonth or xsd:gYear: as precise as the source says. */
    static Node date(PublicationDate date) {
        RDFDatatype type = switch (date.xsdType()) {
            case "date" -> XSDDatatype.XSDdate;
            case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(date.lexical(), type);
    }
}
