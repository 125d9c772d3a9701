package org.dictum.web.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.html.HtmlCommandButton;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Objects;

/**
 * A button repeated in the rows of a list ({@code <d:rowButton value="Revoke" item="token" name="#{t.name}" .../>}),
 * such as Confirm on the actors list or Reject on each statement. Its accessible name says which row it acts on,
 * "Revoke token 'ci-bot'": a screen reader listing the page's buttons otherwise reads "Revoke, Revoke, Revoke". The
 * visible text stays the short one. {@code name} may be left out where {@code item} already tells the rows apart
 * ("statement 3"); {@code verb} says what the button does where its text is a sign ("×").
 */
@FacesComponent(value = RowButton.TYPE, createTag = true, tagName = "rowButton", namespace = RowForm.NAMESPACE)
public class RowButton extends HtmlCommandButton {

    static final String TYPE = "org.dictum.web.RowButton";

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        // Set as each row renders: the rows share this component, and its value, item and name are the row's.
        Object verb = getAttributes().get("verb");
        getPassThroughAttributes().put("aria-label", label(String.valueOf(verb == null ? getValue() : verb),
                Objects.toString(getAttributes().get("item"), ""), Objects.toString(getAttributes().get("name"), null)));
        super.encodeBegin(context);
    }

    /** "Revoke token 'ci-bot'", "Reject statement 3": the button's text, then the row's item and its name in quotes. */
    static String label(String action, String item, String name) {
        return action + " " + item + (name == null || name.isBlank() ? "" : " '" + name + "'");
    }
}
