package org.dictum.persistence.oai;

/** One harvestable set of articles: {@code kind:key} is its OAI-PMH setSpec, {@code name} what people read. */
public record ArticleSet(String kind, String key, String name) {

    public String spec() {
        return kind + ":" + key;
    }
}
