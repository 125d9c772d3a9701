package org.dictum.web.access;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

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

    /** "1 result", "2 results": a count with its noun in singular or plural (nouns with a plain -s plural). */
    public static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
