package org.dictum.search.oai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.article.Article;
import org.dictum.persistence.oai.ArticleSet;
import org.dictum.persistence.oai.ArticleSetKind;
import org.dictum.persistence.oai.SetRestriction;

/** Every kind of set the deployment has (CDI beans of {@link ArticleSetKind}), in the order of their names. */
@ApplicationScoped
public class OaiSets {

    @Inject
    @Any
    Instance<ArticleSetKind> kinds;

    List<ArticleSetKind> kinds() {
        return kinds.stream().sorted(Comparator.comparing(ArticleSetKind::kind)).toList();
    }

    boolean any() {
        return !kinds().isEmpty();
    }

    /** The articles of a setSpec {@code kind:key}; an unknown kind or key has none. */
    SetRestriction members(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 1) {
            return SetRestriction.NONE;
        }
        String kind = spec.substring(0, colon);
        String key = spec.substring(colon + 1);
        return kinds().stream().filter(candidate -> candidate.kind().equals(kind)).findFirst()
                .map(found -> found.members(key)).orElse(SetRestriction.NONE);
    }

    /** How many sets there are, of every kind. */
    long count() {
        return kinds().stream().mapToLong(ArticleSetKind::count).sum();
    }

    /** Up to {@code limit} sets after {@code lastSpec} (empty: from the first), kinds in name order. */
    List<ArticleSet> after(Optional<SetsToken> last, int limit) {
        List<ArticleSet> page = new ArrayList<>();
        for (ArticleSetKind kind : kinds()) {
            int order = last.map(token -> kind.kind().compareTo(token.kind())).orElse(1);
            if (order < 0 || page.size() == limit) {
                continue;
            }
            String afterKey = order == 0 ? last.get().key() : null;
            page.addAll(kind.sets(afterKey, limit - page.size()));
        }
        return page;
    }

    List<String> specsOf(Article article) {
        List<String> specs = new ArrayList<>();
        for (ArticleSetKind kind : kinds()) {
            kind.keysOf(article).forEach(key -> specs.add(kind.kind() + ":" + key));
        }
        return specs;
    }
}
