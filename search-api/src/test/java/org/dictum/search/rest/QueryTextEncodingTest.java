package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextEncodingTest {

    @Test
    void a_parameter_whose_bytes_are_no_utf8_is_named() {
        assertThat(QueryTextEncoding.malformedParameter("size=1&q=%E0%A4")).contains("q");
        assertThat(QueryTextEncoding.malformedParameter("q%FF=1")).isPresent();
        assertThat(QueryTextEncoding.malformedParameter("actor=%C3%9Cberall")).as("Überall").isEmpty();
    }

    @Test
    void well_formed_queries_pass_and_replacement_characters_sent_on_purpose_too() {
        assertThat(QueryTextEncoding.malformedParameter(null)).isEmpty();
        assertThat(QueryTextEncoding.malformedParameter("q=a+b&flag&x=")).isEmpty();
        assertThat(QueryTextEncoding.malformedParameter("q=%EF%BF%BD")).isEmpty();
        assertThat(QueryTextEncoding.malformedParameter("q=%E4%B8%AD%E6%96%87")).isEmpty();
    }
}
