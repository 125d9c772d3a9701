package org.dictum.domain.actor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The authority files an actor can be identified in, each with the form of its identifiers: how a
 * value is written when stored (spaces and URL prefixes removed), whether it is well-formed (and,
 * where the scheme has one, whether its check digit is right), and where it can be looked up.
 */
public enum IdentifierScheme {

    /** Wikidata item: {@code Q7747}. */
    WIKIDATA("Wikidata QID", "Q7747", "https://www.wikidata.org/wiki/", Pattern.compile("Q[1-9][0-9]*"),
            value -> value.toUpperCase(Locale.ROOT)),
    /** Virtual International Authority File cluster: 2 to 9 or 19 to 22 digits, e.g. {@code 113230702}. */
    VIAF("VIAF ID", "113230702", "https://viaf.org/viaf/", Pattern.compile("[1-9][0-9]([0-9]{0,7}|[0-9]{17,20})"),
            UnaryOperator.identity()),
    /** International Standard Name Identifier (ISO 27729): 15 digits and an ISO 7064 MOD 11-2 check character. */
    ISNI("ISNI", "0000 0001 2281 955X", "https://isni.org/isni/", Pattern.compile("[0-9]{15}[0-9X]"),
            value -> value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT)),
    /** Gemeinsame Normdatei of the German National Library, e.g. {@code 118540238} or {@code 4005728-8}. */
    GND("GND ID", "118540238", "https://d-nb.info/gnd/",
            Pattern.compile("1[0123]?[0-9]{7}[0-9X]|[47][0-9]{6}-[0-9]|[1-9][0-9]{0,7}-[0-9X]|3[0-9]{7}[0-9X]"),
            value -> value.toUpperCase(Locale.ROOT)),
    /** Open Researcher and Contributor ID: four groups of four, the last character an ISO 7064 MOD 11-2 check. */
    ORCID("ORCID iD", "0000-0002-1825-0097", "https://orcid.org/", Pattern.compile("[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]"),
            IdentifierScheme::orcidForm),
    /** Library of Congress Name Authority File, e.g. {@code n79021164}. */
    LCNAF("LCNAF ID", "n79021164", "https://id.loc.gov/authorities/names/",
            Pattern.compile("(n|nb|nr|no|ns)([4-9][0-9]|00|20[0-9][0-9])[0-9]{6}"),
            value -> value.replaceAll("\\s", "").toLowerCase(Locale.ROOT));

    private final String label;
    private final String example;
    private final String lookupBase;
    private final Pattern form;
    private final UnaryOperator<String> normalisation;

    IdentifierScheme(String label, String example, String lookupBase, Pattern form, UnaryOperator<String> normalisation) {
        this.label = label;
        this.example = example;
        this.lookupBase = lookupBase;
        this.form = form;
        this.normalisation = normalisation;
    }

    /** The scheme of a name as the API writes it ({@code wikidata}, {@code viaf}, …), in any case. */
    public static Optional<IdentifierScheme> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(scheme -> scheme.name().equals(wanted)).findFirst();
    }

    /** The value as stored, or empty when it is not a well-formed identifier of this scheme. */
    Optional<String> canonicalForm(String value) {
        String normalised = normalisation.apply(value.strip().replaceFirst("^https?://\\S+/", ""));
        if (!form.matcher(normalised).matches()) {
            return Optional.empty();
        }
        if ((this == ISNI || this == ORCID) && !mod11Checked(normalised.replace("-", ""))) {
            return Optional.empty();
        }
        return Optional.of(normalised);
    }

    /** ISO 7064 MOD 11-2 over the first 15 digits, compared with the 16th character. */
    static boolean mod11Checked(String sixteen) {
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (sixteen.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        return sixteen.charAt(15) == (result == 10 ? 'X' : (char) ('0' + result));
    }

    private static String orcidForm(String value) {
        String digits = value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (digits.length() != 16) {
            return digits;
        }
        return digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12) + "-" + digits.substring(12);
    }

    /** The lower-case name the API uses. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public String example() {
        return example;
    }

    /** Where the identified record can be read. */
    public String url(String value) {
        return lookupBase + value + (this == LCNAF ? ".html" : "");
    }
}
