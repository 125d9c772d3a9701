package org.dictum.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * The record a row's command ({@link RowButton}, {@link RowLink}) was shown for, given as its {@code record}
 * attribute: sent along in a hidden field of the row, and checked when the form comes back. Faces finds a clicked row
 * again by its place in the list as the bean holds it then; a page older than that list (the browser's Back, a second
 * click before the first one's answer) has rows in other places, and the action ran on whatever record now held the
 * clicked row's place.
 */
final class ShownRecord {

    static final String LIST_CHANGED = "The list changed since this page was shown, so nothing was done: that row now"
            + " holds another record, or none. The list below is as it is now; choose again.";

    private ShownRecord() {
    }

    /** Writes the hidden field naming the record the row is shown for, when the command names one. */
    static void encode(FacesContext context, UIComponent command) throws IOException {
        Object record = command.getAttributes().get("record");
        if (record != null) {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", parameter(command.getClientId(context), context), null);
            writer.writeAttribute("value", record.toString(), null);
            writer.endElement("input");
        }
    }

    /**
     * Whether the command's row still holds the record it was shown for (always, for a command that names none);
     * where it does not, the page says so and is shown again, listing the rows as they are now.
     */
    static boolean stillShown(FacesContext context, UIComponent command) {
        Object record = command.getAttributes().get("record");
        if (record == null) {
            return true;
        }
        String shown = context.getExternalContext().getRequestParameterMap().get(parameter(command.getClientId(context), context));
        if (showsRecord(shown, record)) {
            return true;
        }
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, LIST_CHANGED, null));
        context.renderResponse();
        return false;
    }

    /** Whether the id a command was shown for ({@code null}: none sent) is the one of the record now in its row. */
    static boolean showsRecord(String shown, Object record) {
        return shown != null && shown.strip().equals(record.toString());
    }

    private static String parameter(String clientId, FacesContext context) {
        return clientId + UINamingContainer.getSeparatorChar(context) + "record";
    }
}
