package org.dictum.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExternalIdentifierTest {

    @ParameterizedTest(name = "{0} {1} is stored as {2}")
    @CsvSource({
            "wikidata, Q7747, Q7747",
            "WIKIDATA, https://www.wikidata.org/wiki/Q42, Q42",
            "viaf, 113230702, 113230702",
            "isni, 0000 0001 2281 955X, 000000012281955X",
            "isni, 0000-0000-8122-3054, 0000000081223054",
            "gnd, 118540238, 118540238",
            "gnd, 4005728-8, 4005728-8",
            "orcid, 0000-0002-1825-0097, 0000-0002-1825-0097",
            "orcid, https://orcid.org/0000-0001-5109-3700, 0000-0001-5109-3700",
            "orcid, 0000000218250097, 0000-0002-1825-0097",
            "lcnaf, n 79021164, n79021164",
            "lcnaf, nr2003012345, nr2003012345",
    })
    void well_formed_identifiers_are_kept_in_their_schemes_canonical_form(String scheme, String value, String stored) {
        assertThat(ExternalIdentifier.of(scheme, value, "identifiers[0]").getValue()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({
            "wikidata, 7747",
            "wikidata, Q07",
            "viaf, 0123",
            "viaf, abc",
            "isni, 0000 0001 2281 9551",
            "isni, 0000 0001 2281 955",
            "gnd, 12345",
            "orcid, 0000-0002-1825-0098",
            "orcid, 0000-0002-1825",
            "lcnaf, x79021164",
            "lcnaf, n7902116",
    })
    void malformed_identifiers_and_wrong_check_digits_are_refused(String scheme, String value) {
        assertThatThrownBy(() -> ExternalIdentifier.of(scheme, value, "identifiers[0]"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("identifiers[0].value"));
    }

    @ParameterizedTest(name = "scheme ''{0}'' is refused")
    @CsvSource({"doi", "''"})
    void unknown_schemes_are_refused_naming_the_known_ones(String scheme) {
        assertThatThrownBy(() -> ExternalIdentifier.of(scheme, "1", "identifiers[2]"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("wikidata, viaf, isni, gnd, orcid, lcnaf")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("identifiers[2].scheme"));
    }

    @ParameterizedTest(name = "{0} {1} is read at {2}")
    @CsvSource({
            "wikidata, Q7747, https://www.wikidata.org/wiki/Q7747",
            "orcid, 0000-0002-1825-0097, https://orcid.org/0000-0002-1825-0097",
            "lcnaf, n79021164, https://id.loc.gov/authorities/names/n79021164.html",
            "gnd, 118540238, https://d-nb.info/gnd/118540238",
    })
    void each_identifier_links_to_its_authority_file(String scheme, String value, String url) {
        assertThat(ExternalIdentifier.of(scheme, value, "identifier").url()).isEqualTo(url);
    }
}
