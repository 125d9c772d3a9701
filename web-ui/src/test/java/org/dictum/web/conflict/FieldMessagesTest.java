package org.dictum.web.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldMessagesTest {

    @Test
    void a_message_id_is_one_faces_renders_even_for_a_generated_field_id() {
        assertThat(FieldMessages.messageId("name")).isEqualTo("name-message");
        assertThat(FieldMessages.messageId("j_idt12")).isEqualTo("field-j_idt12-message");
    }
}
