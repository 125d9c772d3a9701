package org.dictum.domain.actor;

import java.util.Arrays;
import java.util.Objects;
import org.dictum.domain.InvalidInputException;

/**
 * An actor's identifier in an authority file (Wikidata, VIAF, ISNI, GND, ORCID, LCNAF). Invariant:
 * the value is well-formed for its scheme (check digit included where the scheme has one) and stored
 * in the scheme's canonical form, so that equal identifiers are equal values. Stored as its
 * {@link #toString()} form, {@code wikidata:Q7747}.
 */
public final class ExternalIdentifier implements Comparable<ExternalIdentifier> {

    /** The longest stored form. */
    public static final int MAX_LENGTH = 64;

    private final IdentifierScheme scheme;
    private final String value;

    private ExternalIdentifier(IdentifierScheme scheme, String value) {
        this.scheme = scheme;
        this.value = value;
    }

    /** An identifier from request text; {@code field} names the input at fault when it is refused. */
    public static ExternalIdentifier of(String schemeName, String value, String field) {
        IdentifierScheme scheme = IdentifierScheme.named(schemeName).orElseThrow(() -> new InvalidInputException(field + ".scheme",
                "The identifier scheme is one of " + Arrays.stream(IdentifierScheme.values()).map(IdentifierScheme::key).toList()
                        + ", not '" + schemeName + "'"));
        return of(scheme, value, field);
    }

    public static ExternalIdentifier of(IdentifierScheme scheme, String value, String field) {
        Objects.requireNonNull(scheme, "scheme");
        if (value == null || value.isBlank() || value.length() > 200) {
            throw new InvalidInputException(field + ".value", "Give the " + scheme.label() + ", e.g. '" + scheme.example() + "'");
        }
        String canonical = scheme.canonicalForm(value).orElseThrow(() -> new InvalidInputException(field + ".value",
                "'" + value.strip() + "' is not a valid " + scheme.label() + (scheme == IdentifierScheme.ISNI || scheme == IdentifierScheme.ORCID
                        ? " (wrong form or check digit)" : "") + "; e.g. '" + scheme.example() + "'"));
        return new ExternalIdentifier(scheme, canonical);
    }

    /** An identifier as stored ({@code wikidata:Q7747}), which was validated when it was made. */
    static ExternalIdentifier stored(String stored) {
        int colon = stored.indexOf(':');
        return new ExternalIdentifier(IdentifierScheme.named(stored.substring(0, colon)).orElseThrow(), stored.substring(colon + 1));
    }

    public IdentifierScheme getScheme() {
        return scheme;
    }

    public String getValue() {
        return value;
    }

    public String url() {
        return scheme.url(value);
    }

    @Override
    public int compareTo(ExternalIdentifier other) {
        int byScheme = scheme.compareTo(other.scheme);
        return byScheme != 0 ? byScheme : value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExternalIdentifier that && scheme == that.scheme && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, value);
    }

    /** {@code wikidata:Q7747}: how it is stored and how the history lists it. */
    @Override
    public String toString() {
        return scheme.key() + ":" + value;
    }
}
