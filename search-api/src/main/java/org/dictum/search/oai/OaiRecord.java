package org.dictum.search.oai;

/** A header and, unless the record is deleted, its Dublin Core metadata (otherwise null). */
public record OaiRecord(OaiHeader header, DublinCore metadata) {
}
