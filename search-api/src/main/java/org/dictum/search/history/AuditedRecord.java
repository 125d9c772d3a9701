package org.dictum.search.history;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.Map;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.article.Article;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;

/** The kinds of record that have a history, each with the audited fields it shows. */
public enum AuditedRecord {
    ARTICLE("article", "Article", Article.class, Article::getId, RecordFields::of, RecordNames::of),
    STATEMENT("statement", "Statement", Statement.class, Statement::getId, RecordFields::of, RecordNames::of),
    ACTOR("actor", "Actor", Actor.class, Actor::getId, RecordFields::of, RecordNames::of),
    TOPIC("topic", "Topic", Topic.class, Topic::getId, RecordFields::of, RecordNames::of),
    COLLECTION("collection", "Collection", Collection.class, Collection::getId, RecordFields::of, RecordNames::of);

    private final String label;
    private final String entityName;
    private final Class<?> entityClass;
    private final Function<Object, Long> id;
    private final Function<Object, Map<String, String>> fields;
    private final Function<Object, Optional<String>> name;

    <T> AuditedRecord(String label, String entityName, Class<T> entityClass, Function<T, Long> id,
                      Function<T, Map<String, String>> fields, Function<T, Optional<String>> name) {
        this.label = label;
        this.entityName = entityName;
        this.entityClass = entityClass;
        this.id = entity -> id.apply(entityClass.cast(entity));
        this.fields = entity -> fields.apply(entityClass.cast(entity));
        this.name = entity -> name.apply(entityClass.cast(entity));
    }

    /** {@code article}, {@code statement}, {@code actor}, {@code topic}, {@code collection}. */
    public String label() {
        return label;
    }

    /** The name used in messages such as "Article 5 does not exist". */
    public String entityName() {
        return entityName;
    }

    Class<?> entityClass() {
        return entityClass;
    }

    long idOf(Object snapshot) {
        return id.apply(snapshot);
    }

    /** The audited fields of a snapshot of this kind of record, as displayable text; empty for none. */
    Map<String, String> fieldsOf(Object snapshot) {
        return snapshot == null ? Map.of() : fields.apply(snapshot);
    }

    /** What a librarian knows the record by (see {@link RecordNames}); empty when it has nothing but its id. */
    Optional<String> nameOf(Object snapshot) {
        return snapshot == null ? Optional.empty() : name.apply(snapshot);
    }

    public static Optional<AuditedRecord> byLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
    }
}
