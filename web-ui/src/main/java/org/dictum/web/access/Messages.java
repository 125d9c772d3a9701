package org.dictum.web.access;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.dictum.web.conflict.FieldMessages;

/** Page-wide messages of the access and curation pages. */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /**
     * A refusal next to the field {@code clientId} names (marked invalid, what was typed kept); above the forms when null
     * or when the page has no such field, where nothing would show it.
     */
    public static void refuse(String clientId, String text) {
        if (clientId != null && FieldMessages.isField(clientId)) {
            FieldMessages.refuse(clientId, text);
        } else {
            error(text);
        }
    }

    /**
     * Where an action goes after its POST to show its page again by a redirect (Post/Redirect/Get), its messages kept
     * for that page: a page answered to the POST itself is posted again by a reload, repeating the action.
     *
     * @param viewId the page, e.g. {@code /curation/imports.xhtml}
     */
    public static String redirectTo(String viewId) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return viewId + "?faces-redirect=true";
    }

    /** "1 result", "2 results": a count with its noun in singular or plural (nouns with a plain -s plural). */
    public static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
