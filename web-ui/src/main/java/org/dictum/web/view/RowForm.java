package org.dictum.web.view;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.html.HtmlForm;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.dictum.domain.UnknownEntityException;

/**
 * An {@code h:form} for each row of a {@code ui:repeat} ({@code <d:rowForm>}), such as the Verify / Reject and Add to
 * collection forms of each statement on the article page. The rows share one form component, and Mojarra's
 * {@code ui:repeat} keeps no per-row "submitted" flag for it (only {@code h:dataTable} does): decoding the rows left
 * the flag of the last row, so the fields of any other row's form were never validated nor applied. A reason typed
 * to reject any statement but the last was dropped ("Say why the statement is rejected"), and so was the collection
 * chosen for it ("Choose a collection."). This form is submitted when the request holds its own, row-specific id.
 */
@FacesComponent(value = RowForm.TYPE, createTag = true, tagName = "rowForm", namespace = RowForm.NAMESPACE)
public class RowForm extends HtmlForm {

    static final String TYPE = "org.dictum.web.RowForm";
    public static final String NAMESPACE = "https://dictum.org/faces";

    /**
     * The client id of the form whose button runs the current action, with its row ({@code list:2:j_idt60}): Faces
     * positions the repeat on the button's row while the action runs. Null outside an action of a form.
     */
    public static String acting() {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent component = UIComponent.getCurrentComponent(context);
        while (component != null && !(component instanceof UIForm)) {
            component = component.getParent();
        }
        return component == null ? null : component.getClientId(context);
    }

    /**
     * The id of the record a row's form was shown for, which the form sends along in the hidden field {@code field}
     * ({@code <input type="hidden" name="import" value="#{job.id}"/>}). Faces finds a button's row again by its place
     * in the list as the bean holds it when the form comes back; where that list may be read again in between (a
     * refresh, a new request), a record added meanwhile shifts the rows, and the record now in that row is another one
     * than the user clicked. A form that sends no id was not sent from the page as the portal shows it: it is refused
     * as an expired form, rather than acting on whatever record now has the clicked row's place.
     */
    public static long shownId(String field, String record) {
        FacesContext context = FacesContext.getCurrentInstance();
        String shown = context.getExternalContext().getRequestParameterMap().get(field);
        if (shown == null) {
            throw new ViewExpiredException("The form named no " + record.toLowerCase(Locale.ROOT) + ": nothing was done",
                    context.getViewRoot() == null ? null : context.getViewRoot().getViewId()); // answered 400 by ExpiredFormHandler
        }
        try {
            return Long.parseLong(shown.strip());
        } catch (NumberFormatException e) {
            throw new UnknownEntityException(record, shown); // answered 404 by UnknownRecordHandler
        }
    }

    @Override
    public boolean isSubmitted() {
        FacesContext context = getFacesContext();
        return context.getExternalContext().getRequestParameterMap().containsKey(getClientId(context));
    }
}
