package org.dictum.search.collection;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.Visibility;
import org.junit.jupiter.api.Test;

/** Members named by ids that no record has: refused naming the field, in words for one id or several. */
class UnknownMembersTest {

    private final Collection talks = InMemoryCollections.stored(1, "talks", Visibility.PUBLIC, "ann");
    private final InMemoryCollections stored = new InMemoryCollections(List.of(talks));

    @Test
    void one_unknown_article_is_named_in_the_singular() {
        assertThatThrownBy(() -> service().addMembers("talks", null, List.of(7L), null))
                .isInstanceOf(InvalidInputException.class).hasMessage("No article with the id 7")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("articles");
    }

    @Test
    void several_unknown_statements_are_named_in_the_plural() {
        assertThatThrownBy(() -> service().removeMembers("talks", null, null, List.of(7L, 8L, 7L)))
                .isInstanceOf(InvalidInputException.class).hasMessage("No statements with the ids 7, 8")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("statements");
    }

    private CollectionService service() {
        Reader librarian = new Reader("lib", true);
        CollectionService service = new CollectionService();
        service.access = stored.accessFor(librarian);
        service.collections = stored;
        service.currentUser = () -> Optional.of("lib");
        service.clock = Clock.fixed(InMemoryCollections.NOW.plusSeconds(3600), ZoneOffset.UTC);
        return service;
    }
}
