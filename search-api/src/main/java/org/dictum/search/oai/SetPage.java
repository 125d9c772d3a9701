package org.dictum.search.oai;

import java.util.List;
import java.util.Optional;
import org.dictum.persistence.oai.ArticleSet;

/** One answer of ListSets. */
public record SetPage(List<ArticleSet> sets, Optional<ListState> state) {
}
