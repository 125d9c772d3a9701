package org.dictum.web.curation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A list of names picked from the actor authority or the topic taxonomy (a statement's mentioned
 * actors, its topics): the names picked so far, the one being typed, and the names that match it.
 * The authority and the taxonomy decide whether a name exists when the statement is saved.
 */
public class NamePicker implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SUGGESTIONS = 10;

    /** Finds up to {@code limit} names containing a text; serializable because the picker lives in the view. */
    @FunctionalInterface
    public interface NameLookup extends Serializable {
        List<String> namesContaining(String text, int limit);
    }

    private final NameLookup lookup;
    private final List<String> picked = new ArrayList<>();
    private String pending;
    private List<String> suggestions = List.of();

    NamePicker(NameLookup lookup) {
        this.lookup = lookup;
    }

    void replaceWith(Collection<String> names) {
        picked.clear();
        names.forEach(this::pick);
    }

    /** Adds the name being typed, if any. */
    public void add() {
        if (pending != null) {
            pick(pending);
        }
        pending = null;
        suggestions = List.of();
    }

    public void remove(String name) {
        picked.remove(name);
    }

    /** The names that contain what is being typed, for the browser's autocompletion. */
    public void suggest() {
        String text = pending == null ? "" : pending.strip();
        suggestions = text.isEmpty() ? List.of()
                : lookup.namesContaining(text, SUGGESTIONS).stream().filter(name -> !picked.contains(name)).toList();
    }

    /** The picked names and the one still typed but not added: what saving the form means. */
    List<String> names() {
        add();
        return List.copyOf(picked);
    }

    private void pick(String name) {
        String stripped = name.strip();
        if (!stripped.isEmpty() && !picked.contains(stripped)) {
            picked.add(stripped);
        }
    }

    public List<String> getPicked() {
        return picked;
    }

    public String getPending() {
        return pending;
    }

    public void setPending(String pending) {
        this.pending = pending;
    }

    public List<String> getSuggestions() {
        return suggestions;
    }
}
