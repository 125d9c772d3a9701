package org.dictum.web.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.html.HtmlCommandLink;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.FacesEvent;
import java.io.IOException;

/**
 * A link repeated in the rows of a list that posts the form ({@code <d:rowLink value="#{t.label}" record="#{t.id}"
 * .../>}), such as a topic of the taxonomy tree, which selects it for editing: it acts only on the record it was shown
 * for, as {@link RowButton} does. The tree's links selected the topic now in the clicked link's place, so that on a
 * page older than the tree (a topic added meanwhile, in this tab or another) the librarian edited another topic than
 * the one clicked.
 */
@FacesComponent(value = RowLink.TYPE, createTag = true, tagName = "rowLink", namespace = RowForm.NAMESPACE)
public class RowLink extends HtmlCommandLink {

    static final String TYPE = "org.dictum.web.RowLink";

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        super.encodeEnd(context);
        ShownRecord.encode(context, this);
    }

    /** The click's action runs only when the row still holds the record the link was shown for. */
    @Override
    public void queueEvent(FacesEvent event) {
        if (!(event instanceof ActionEvent) || ShownRecord.stillShown(getFacesContext(), this)) {
            super.queueEvent(event);
        }
    }
}
