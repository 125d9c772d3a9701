package org.dictum.search.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.Visibility;
import org.dictum.search.query.SearchLimits;
import org.junit.jupiter.api.Test;

/**
 * A collection's member ids are answered a page at a time, articles before statements, with the total of both: the
 * list answered every member at once, however many.
 */
class CollectionMembersPagingTest {

    /** 10 member articles (ids 1 to 10) and 11 member statements (ids 1001 to 1011). */
    private final Collection talks = InMemoryCollections.stored(1, "talks", Visibility.PUBLIC, "ann");

    private CollectionMembers page(int offset, int limit) {
        CollectionService service = new CollectionService();
        InMemoryCollections stored = new InMemoryCollections(List.of(talks));
        service.collections = stored;
        service.access = stored.accessFor(Reader.ANONYMOUS);
        service.limits = new SearchLimits() {
            @Override
            public void checkWindow(int offset, int limit) {
                // the bounds are SearchLimits' concern; here only the window
            }
        };
        return service.members("talks", offset, limit);
    }

    private static List<Long> ids(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    @Test
    void a_page_holds_at_most_limit_members_and_tells_the_total_of_both_kinds() {
        CollectionMembers first = page(0, 4);

        assertThat(first.total()).isEqualTo(21);
        assertThat(first.offset()).isZero();
        assertThat(first.limit()).isEqualTo(4);
        assertThat(first.articles()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(first.statements()).isEmpty();
    }

    @Test
    void the_page_where_the_articles_end_goes_on_with_the_first_statements() {
        CollectionMembers middle = page(8, 4);

        assertThat(middle.articles()).containsExactly(9L, 10L);
        assertThat(middle.statements()).containsExactly(1001L, 1002L);
        assertThat(page(12, 4).statements()).containsExactly(1003L, 1004L, 1005L, 1006L);
    }

    @Test
    void following_the_pages_visits_every_member_once_and_a_page_past_the_end_is_empty() {
        List<Long> visited = new ArrayList<>();
        for (int offset = 0; offset < 21; offset += 5) {
            CollectionMembers members = page(offset, 5);
            visited.addAll(members.articles());
            visited.addAll(members.statements());
        }

        assertThat(visited).containsExactlyElementsOf(Stream.concat(ids(1, 10).stream(), ids(1001, 1011).stream())
                .toList());
        CollectionMembers past = page(21, 5);
        assertThat(past.articles()).isEmpty();
        assertThat(past.statements()).isEmpty();
        assertThat(past.total()).isEqualTo(21);
    }
}
