package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptableAnswerTest {

    @Test
    void a_method_answers_its_own_types_else_its_classes() throws Exception {
        assertThat(AcceptableAnswer.answeredBy(SearchResource.class.getMethod("statements", SearchParameters.class)))
                .containsExactly("application/json");
        assertThat(AcceptableAnswer.answeredBy(FrozenSearchResource.class.getMethod("citation", String.class, String.class)))
                .contains("text/plain", "application/x-bibtex");
    }
}
