package org.dictum.search.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.account.Role;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.CollectionRepository;
import org.dictum.domain.collection.CollectionSlug;
import org.dictum.domain.collection.DeletedCollectionException;
import org.dictum.persistence.audit.CurrentUser;
import org.dictum.search.security.AccountService;

/**
 * Which collections the caller of the current request may see: public ones everybody, private ones
 * their owner and librarians (administrators included). A collection the caller may not see is
 * answered as unknown (404), in the API, in search filters and on pages alike, so that its
 * existence does not leak; its facet values are left out of search results. A deleted collection
 * is answered as gone (410) to those who could see it, as unknown to everyone else.
 */
@ApplicationScoped
public class CollectionAccess {

    static final String ENTITY = "Collection";

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    CollectionRepository collections;

    /** The caller, with their role as their account has it now. */
    @Transactional
    public Reader reader() {
        return currentUser.name()
                .flatMap(accounts::sessionCaller)
                .map(caller -> new Reader(caller.name(), caller.has(Role.LIBRARIAN)))
                .orElse(Reader.ANONYMOUS);
    }

    /** The slugs of the private collections the caller may not see; none for a librarian. */
    @Transactional
    public Set<String> hiddenSlugs() {
        Reader reader = reader();
        if (reader.librarian()) {
            return Set.of();
        }
        return Set.copyOf(reader.name() == null ? collections.privateSlugs()
                : collections.privateSlugsNotOwnedBy(reader.name()));
    }

    /** Refuses (404) a search filter naming a collection that does not exist or that the caller may not see. */
    @Transactional
    public void requireVisible(List<String> slugs) {
        if (!slugs.isEmpty()) {
            Reader reader = reader();
            slugs.forEach(slug -> visible(slug, reader));
        }
    }

    /**
     * The collection, if it exists and the reader may see it; otherwise 404, or 410 when it was
     * deleted and the reader could see it then.
     */
    Collection visible(String slug, Reader reader) {
        if (!CollectionSlug.isValid(slug)) {
            throw new UnknownEntityException(ENTITY, slug);
        }
        CollectionSlug wanted = new CollectionSlug(slug);
        Collection collection = collections.findBySlug(wanted).orElseThrow(() -> absent(wanted, reader));
        if (!visibleTo(collection, reader)) {
            throw new UnknownEntityException(ENTITY, slug);
        }
        return collection;
    }

    private UnknownEntityException absent(CollectionSlug slug, Reader reader) {
        return collections.findDeleted(slug)
                .filter(deleted -> deleted.wasVisibleTo(reader.name(), reader.librarian()))
                .<UnknownEntityException>map(deleted -> new DeletedCollectionException(ENTITY, deleted))
                .orElseGet(() -> new UnknownEntityException(ENTITY, slug.value()));
    }

    static boolean visibleTo(Collection collection, Reader reader) {
        return collection.isVisibleTo(reader.name(), reader.librarian());
    }
}
