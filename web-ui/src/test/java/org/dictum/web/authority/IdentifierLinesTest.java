package org.dictum.web.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.actor.ExternalIdentifier;
import org.dictum.search.authority.IdentifierEntry;
import org.junit.jupiter.api.Test;

class IdentifierLinesTest {

    @Test
    void each_line_is_a_scheme_and_a_value_and_blank_lines_are_skipped() {
        List<ExternalIdentifier> parsed = IdentifierLines.parse("wikidata Q7747\n\n  ORCID: 0000-0002-1825-0097 \nviaf 113230702");

        assertThat(parsed).extracting(ExternalIdentifier::toString)
                .containsExactly("wikidata:Q7747", "orcid:0000-0002-1825-0097", "viaf:113230702");
        assertThat(IdentifierLines.parse(null)).isEmpty();
    }

    @Test
    void a_bad_line_is_refused_with_its_number() {
        assertThatThrownBy(() -> IdentifierLines.parse("wikidata Q7747\nisni 0000 0001 2281 9551"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Identifier line 2:").hasMessageContaining("check digit");
        assertThatThrownBy(() -> IdentifierLines.parse("doi 10.1000/1")).hasMessageContaining("scheme is one of");
    }

    @Test
    void the_lines_written_back_read_as_the_same_identifiers() {
        String lines = IdentifierLines.format(List.of(new IdentifierEntry("isni", "000000012281955X", "https://isni.org/isni/000000012281955X"),
                new IdentifierEntry("lcnaf", "n79021164", "https://id.loc.gov/authorities/names/n79021164.html")));

        assertThat(lines).isEqualTo("isni 000000012281955X\nlcnaf n79021164");
        assertThat(IdentifierLines.parse(lines)).extracting(ExternalIdentifier::getValue).containsExactly("000000012281955X", "n79021164");
    }
}
