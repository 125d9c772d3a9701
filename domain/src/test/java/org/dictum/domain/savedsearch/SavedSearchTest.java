package org.dictum.domain.savedsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dictum.domain.ConflictException;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.UserAccount;
import org.junit.jupiter.api.Test;

class SavedSearchTest {

    private static final Instant NOW = Instant.parse("2022-01-12T10:00:00Z");

    private static SavedSearch search() {
        UserAccount owner = new UserAccount("researcher", "pbkdf2$hash", Role.RESEARCHER, NOW);
        return new SavedSearch(owner, "  Russia on missiles ", SearchTarget.STATEMENTS, "q=missiles&sort=relevance", NOW);
    }

    @Test
    void freezing_records_the_ids_in_order_and_the_identifier() {
        SavedSearch search = search();
        UUID id = UUID.randomUUID();
        search.freeze(id, NOW, List.of(9L, 3L, 7L), 12);

        assertThat(search.getName()).isEqualTo("Russia on missiles");
        assertThat(search.isFrozen()).isTrue();
        assertThat(search.getPublicId()).contains(id.toString());
        assertThat(search.getFrozenIds()).containsExactly(9L, 3L, 7L);
        assertThat(search.getFrozenTotal()).isEqualTo(12);
    }

    @Test
    void a_frozen_search_is_neither_renamed_refrozen_nor_deletable() {
        SavedSearch search = search();
        search.freeze(UUID.randomUUID(), NOW, List.of(1L), 1);

        assertThatThrownBy(() -> search.rename("Other")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> search.freeze(UUID.randomUUID(), NOW, List.of(2L), 1)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(search::requireDeletable).isInstanceOf(ConflictException.class);
        assertThat(search.getFrozenIds()).containsExactly(1L);
    }

    @Test
    void names_are_required_and_bounded_and_totals_cover_the_recorded_ids() {
        SavedSearch search = search();
        assertThatThrownBy(() -> search.rename(" ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> search.rename("x".repeat(SavedSearch.MAX_NAME_LENGTH + 1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> search.freeze(UUID.randomUUID(), NOW, List.of(1L, 2L), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(search.isFrozen()).isFalse();
        search.requireDeletable();
    }
}
