package org.dictum.web.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.html.HtmlCommandButton;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.FacesEvent;
import java.io.IOException;
import java.util.Objects;

/**
 * A button repeated in the rows of a list ({@code <d:rowButton value="Revoke" item="token" name="#{t.name}" .../>}),
 * such as Confirm on the actors list or Reject on each statement. Its accessible name says which row it acts on,
 * "Revoke token 'ci-bot'": a screen reader listing the page's buttons otherwise reads "Revoke, Revoke, Revoke". The
 * visible text stays the short one. {@code name} may be left out where {@code item} already tells the rows apart
 * ("statement 3"); {@code verb} says what the button does where its text is a sign ("×").
 * <p>
 * {@code record} (the row's id, {@code record="#{s.id}"}) makes the button act only on the record it was shown for.
 * Faces finds a clicked row again by its place in the list as the bean holds it when the form comes back; a page
 * older than that list (the browser's Back, a second click before the first one's answer, a resubmitted form) has
 * rows in other places, and the action ran on whatever record now held the clicked row's place: Delete deleted
 * another saved search, Confirm confirmed another actor. The button sends the id it was shown for; where the row
 * now holds another record, or the form sent none, nothing is done and the page says why, listing the rows anew
 * ({@link ShownRecord}, which {@link RowLink} shares).
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

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        super.encodeEnd(context);
        ShownRecord.encode(context, this);
    }

    /** The click's action runs only when the row still holds the record the button was shown for. */
    @Override
    public void queueEvent(FacesEvent event) {
        if (!(event instanceof ActionEvent) || ShownRecord.stillShown(getFacesContext(), this)) {
            super.queueEvent(event);
        }
    }

    /** "Revoke token 'ci-bot'", "Reject statement 3": the button's text, then the row's item and its name in quotes. */
    static String label(String action, String item, String name) {
        return action + " " + item + (name == null || name.isBlank() ? "" : " '" + name + "'");
    }
}
