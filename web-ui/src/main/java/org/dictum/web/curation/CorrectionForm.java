package org.dictum.web.curation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import org.dictum.search.application.StatementDetail;

/**
 * The fields of the statement forms: what a librarian says the statement is. Blank clears; the
 * mentioned actors and topics are picked from the authority and the taxonomy.
 */
public class CorrectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String speaker;
    private String speakerActor;
    private String cue;
    private Integer start;
    private Integer end;
    private String statementDate;
    private String kind = "REPORTED_SPEECH";
    private final NamePicker mentionedActors;
    private final NamePicker topics;

    CorrectionForm(NamePicker.NameLookup actorNames, NamePicker.NameLookup topicLabels) {
        this.mentionedActors = new NamePicker(actorNames);
        this.topics = new NamePicker(topicLabels);
    }

    void fill(StatementDetail s) {
        mentionedActors.replaceWith(s.mentionedActors());
        topics.replaceWith(s.topics());
        speaker = s.speaker();
        speakerActor = s.speakerActor();
        cue = s.cue();
        start = s.start();
        end = s.end();
        statementDate = s.statementDate() == null ? null : s.statementDate().toString();
        kind = s.kind();
    }

    /** The form as a merge patch of the statement: every field is sent, a blank one clears. */
    JsonObject toJson(String reason) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        text(json, "speaker", speaker);
        text(json, "speakerActor", speakerActor);
        text(json, "cue", cue);
        text(json, "statementDate", statementDate);
        if (start != null) {
            json.add("start", start);
        }
        if (end != null) {
            json.add("end", end);
        }
        json.add("mentionedActors", array(mentionedActors.names()));
        json.add("topics", array(topics.names()));
        if (reason != null && !reason.isBlank()) {
            json.add("reason", reason);
        }
        return json.build();
    }

    private static JsonArrayBuilder array(List<String> names) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        names.forEach(array::add);
        return array;
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null || value.isBlank()) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    public NamePicker getMentionedActors() {
        return mentionedActors;
    }

    public NamePicker getTopics() {
        return topics;
    }

    public String getSpeaker() {
        return speaker;
    }

    public void setSpeaker(String speaker) {
        this.speaker = speaker;
    }

    public String getSpeakerActor() {
        return speakerActor;
    }

    public void setSpeakerActor(String speakerActor) {
        this.speakerActor = speakerActor;
    }

    public String getCue() {
        return cue;
    }

    public void setCue(String cue) {
        this.cue = cue;
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    public Integer getEnd() {
        return end;
    }

    public void setEnd(Integer end) {
        this.end = end;
    }

    public String getStatementDate() {
        return statementDate;
    }

    public void setStatementDate(String statementDate) {
        this.statementDate = statementDate;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
