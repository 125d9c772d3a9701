package org.dictum.search.oai;

import java.util.List;
import java.util.Optional;

/** One answer of ListRecords or ListIdentifiers; {@code state} is absent when the list was not split. */
public record RecordPage(List<OaiRecord> records, Optional<ListState> state) {
}
