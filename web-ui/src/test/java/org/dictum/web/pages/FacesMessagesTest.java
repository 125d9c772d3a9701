package org.dictum.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.convert.IntegerConverter;
import jakarta.faces.convert.LongConverter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The portal's wording of Faces' own messages (faces-config.xml's message bundle). Faces formats a
 * converter's message with what was typed, an example and the field's label (its client id unless
 * the page gave one): the portal's messages stand next to their field, so they name neither.
 */
class FacesMessagesTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.dictum.web.FacesMessages", Locale.ENGLISH);

    /** The keys the converters look their message up by when the text is no number: those are the ones to word. */
    @Test
    void a_number_field_given_letters_asks_for_a_whole_number_without_client_id_or_java_range() {
        for (String id : new String[] {IntegerConverter.INTEGER_ID, LongConverter.LONG_ID}) {
            for (String suffix : new String[] {"", "_detail"}) {
                String key = id + suffix;

                String message = MessageFormat.format(MESSAGES.getString(key), "abc", "9346", "add:start");

                assertThat(message).as(key).isEqualTo("Enter a whole number, not 'abc'");
            }
        }
    }
}
