package org.dictum.bench.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReutersCodesTest {

    private final ReutersCodes codes = ReutersCodes.fromResource();

    @Test
    void canonical_names_map_to_reuters_codes_including_historical_names() {
        assertThat(codes.codesOf("places", "United States")).containsExactly("usa");
        assertThat(codes.codesOf("places", "Germany")).containsExactly("west-germany");
        assertThat(codes.codesOf("places", "Russia")).containsExactly("ussr");
        assertThat(codes.codesOf("orgs", "European Union")).containsExactly("ec");
        assertThat(codes.codesOf("places", "Atlantis")).isEmpty();
    }

    @Test
    void a_person_code_is_the_hyphenated_name_or_a_tail_of_it() {
        assertThat(ReutersCodes.personCodes("James Baker")).containsExactlyInAnyOrder("james-baker", "baker");
        assertThat(ReutersCodes.personCodes("Willy De Clercq")).contains("de-clercq");
        assertThat(ReutersCodes.personCodes("Robin Leigh-Pemberton")).contains("leigh-pemberton");
    }
}
