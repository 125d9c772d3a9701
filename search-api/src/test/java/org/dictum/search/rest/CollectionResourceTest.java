package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dictum.domain.InvalidInputException;
import org.dictum.search.collection.MemberKind;
import org.junit.jupiter.api.Test;

class CollectionResourceTest {

    @Test
    void the_kind_of_members_a_search_adds_is_required_and_named() {
        assertThat(CollectionResource.memberKind("articles")).isEqualTo(MemberKind.ARTICLES);
        assertThatThrownBy(() -> CollectionResource.memberKind(null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("of is required: 'articles' or 'statements'");
        assertThatThrownBy(() -> CollectionResource.memberKind("actors"))
                .hasMessage("of is 'articles' or 'statements', not 'actors'");
    }
}
