package org.dictum.web.conflict;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.List;
import java.util.Map;

/**
 * Shows a field's conversion and validation messages next to the field, on every form: after an
 * input fails validation, an {@code h:message} for it follows it (unless the page placed one, with
 * the id {@code <field id>-message}), and the field is marked {@code aria-invalid} and described by
 * the message. Pages show only global messages themselves, so without this a required field left
 * empty re-rendered the form without a word. A bean refuses a field the same way with {@link #refuse}.
 */
public class FieldMessages implements SystemEventListener {

    static final String SUFFIX = "-message";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIInput;
    }

    /**
     * Runs after validation and again as each input renders (see faces-config.xml): an input repeated in rows is one
     * component whose attributes all rows share, while whether it is valid is kept per row, so the marks are set for
     * the row about to render; set once, a refusal in one row marked the field of every row.
     */
    @Override
    public void processEvent(SystemEvent event) {
        UIInput input = (UIInput) event.getSource();
        Map<String, Object> attributes = input.getPassThroughAttributes();
        if (input.isValid()) {
            attributes.remove("aria-invalid");
            attributes.remove("aria-describedby");
            return;
        }
        markInvalid(input);
    }

    /**
     * Refuses a field from a bean's action, after validation passed, as a failed validation would:
     * the message next to the field, which is marked invalid. For what only the service can tell (a
     * slug taken); {@code clientId} is the field's, such as {@code create:slug}.
     */
    public static void refuse(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.getViewRoot().invokeOnComponent(context, clientId, (at, component) -> {
            if (component instanceof UIInput input) {
                keepTyped(at, input, clientId);
                input.setValid(false);
                markInvalid(input);
            }
        });
        context.validationFailed();
    }

    /**
     * Whether {@code clientId} names a field of the page, also one in a row of a repeat ({@code form:rows:2:row:reason}),
     * which {@code findComponent} does not find.
     */
    public static boolean isField(String clientId) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot().invokeOnComponent(context, clientId, (at, component) -> { });
    }

    /**
     * An invalid input whose value reached the model shows its submitted value, which Faces cleared after
     * validation passed; with empty strings read as null it would show an empty field, losing what was typed.
     */
    private static void keepTyped(FacesContext context, UIInput input, String clientId) {
        String typed = context.getExternalContext().getRequestParameterMap().get(clientId);
        if (input.getSubmittedValue() == null && typed != null) {
            input.setSubmittedValue(typed);
        }
    }

    private static void markInvalid(UIInput input) {
        HtmlMessage message = messageFor(input);
        Map<String, Object> attributes = input.getPassThroughAttributes();
        attributes.put("aria-invalid", "true");
        attributes.put("aria-describedby", message.getClientId());
    }

    /** The message component of the input: the page's, or one added right after the input. */
    static HtmlMessage messageFor(UIInput input) {
        String id = messageId(input.getId());
        List<UIComponent> siblings = input.getParent().getChildren();
        for (UIComponent sibling : siblings) {
            if (id.equals(sibling.getId()) && sibling instanceof HtmlMessage existing) {
                return existing;
            }
        }
        HtmlMessage message = new HtmlMessage();
        message.setId(id);
        message.setFor(input.getId());
        message.setStyleClass("field-message");
        message.setErrorClass("error");
        siblings.add(siblings.indexOf(input) + 1, message);
        return message;
    }

    /** {@code <field id>-message}; for a generated field id not one starting with {@code j_id}, whose id Faces would not render. */
    static String messageId(String inputId) {
        return (inputId.startsWith(UIViewRoot.UNIQUE_ID_PREFIX) ? "field-" : "") + inputId + SUFFIX;
    }
}
