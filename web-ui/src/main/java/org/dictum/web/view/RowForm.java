package org.dictum.web.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.html.HtmlForm;
import jakarta.faces.context.FacesContext;

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

    @Override
    public boolean isSubmitted() {
        FacesContext context = getFacesContext();
        return context.getExternalContext().getRequestParameterMap().containsKey(getClientId(context));
    }
}
