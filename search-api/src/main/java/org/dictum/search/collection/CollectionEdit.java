package org.dictum.search.collection;

/**
 * A change of a collection's description: each field null to leave it as it is; an empty
 * {@code description} clears it; {@code visibility} is {@code public} or {@code private}.
 */
public record CollectionEdit(String title, String description, String visibility) {
}
