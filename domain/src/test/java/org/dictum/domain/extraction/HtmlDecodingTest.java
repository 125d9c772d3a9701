package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecodingTest {

    private static final String LATIN1_PAGE = "<html><head><meta http-equiv=\"Content-Type\""
            + " content=\"text/html; charset=iso-8859-1\"></head><body><p>Joachim Rücker – “café”</p></body></html>";

    @Test
    void page_declaring_latin1_but_saved_as_utf8_is_read_as_utf8() {
        byte[] bytes = LATIN1_PAGE.getBytes(StandardCharsets.UTF_8);

        assertThat(HtmlDecoding.decode(bytes)).contains("Joachim Rücker – “café”").doesNotContain("Ã");
    }

    @Test
    void page_really_in_latin1_is_read_as_windows_1252_like_browsers_do() {
        byte[] bytes = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Rücker said \u201Cno\u201D</p></body></html>"
                .getBytes(Charset.forName("windows-1252"));

        assertThat(HtmlDecoding.decode(bytes)).contains("Rücker said \u201Cno\u201D");
    }

    @Test
    void declared_single_byte_charset_is_used_for_bytes_that_are_not_utf8() {
        byte[] bytes = "<html><head><meta charset=\"koi8-r\"></head><body><p>Москва</p></body></html>"
                .getBytes(Charset.forName("KOI8-R"));

        assertThat(HtmlDecoding.decode(bytes)).contains("Москва");
    }

    @Test
    void a_charset_the_http_header_declares_comes_before_the_page_s_meta_tag_unless_it_says_nothing() {
        byte[] bytes = "<html><body><p>Правительство</p></body></html>".getBytes(Charset.forName("windows-1251"));

        assertThat(HtmlDecoding.decode(bytes, "windows-1251")).contains("Правительство");
        assertThat(HtmlDecoding.decode(bytes, "ISO-8859-1")).isEqualTo(HtmlDecoding.decode(bytes))
                .doesNotContain("Правительство");
    }

    @Test
    void byte_order_mark_is_not_part_of_the_text() {
        byte[] page = "<p>Hi</p>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[page.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(page, 0, withBom, 3, page.length);

        assertThat(HtmlDecoding.decode(withBom)).isEqualTo("<p>Hi</p>");
    }
}
