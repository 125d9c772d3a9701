package org.dictum.search.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.actor.ExternalIdentifier;
import org.dictum.domain.actor.IdentifierScheme;
import org.dictum.search.authority.ActorDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the actor authority's write requests. {@code version}, where a body has it, is the
 * version of the actor the librarian read (also accepted as {@code If-Match}); a stale one gets 409.
 * {@code reason} goes into the audit trail (as does the {@code X-Dictum-Reason} header).
 */
public final class ActorRequests {

    private ActorRequests() {
    }

    /** An identifier in an authority file: {@code {"scheme": "viaf", "value": "113230702"}}. */
    public record Identifier(String scheme, String value) {
    }

    /** {@code POST /api/actors}; {@code wikidataId} is short for a {@code wikidata} identifier. */
    public record NewActor(@NotBlank @Size(max = Actor.MAX_NAME_LENGTH) String canonicalName, String type,
                    List<@NotBlank @Size(max = Actor.MAX_NAME_LENGTH) String> aliases, String country,
                           @Size(max = 20) List<@NotNull Identifier> identifiers, String wikidataId, String reason) {

        List<String> aliasList() {
            return aliases == null ? List.of() : aliases;
        }

        ActorDetails details() {
            return new ActorDetails(parseType(type), country, identifierList(identifiers, wikidataId));
        }
    }

    /** {@code PUT /api/actors/{id}/name}. */
    public record Rename(@NotBlank @Size(max = Actor.MAX_NAME_LENGTH) String canonicalName, Long version, String reason) {
    }

    /** {@code POST /api/actors/{id}/aliases}. */
    public record NewAlias(@NotBlank @Size(max = Actor.MAX_NAME_LENGTH) String alias, Long version, String reason) {
    }

    /**
     * {@code PUT /api/actors/{id}/details}: type (kept when absent), country (cleared when absent) and
     * the identifiers, which replace the actor's ({@code wikidataId} adds a {@code wikidata} one; none clears them).
     */
    public record Details(String type, String country, @Size(max = 20) List<@NotNull Identifier> identifiers, String wikidataId,
                          Long version, String reason) {

        ActorDetails details() {
            return new ActorDetails(parseType(type), country, identifierList(identifiers, wikidataId));
        }
    }

    static List<ExternalIdentifier> identifierList(List<Identifier> identifiers, String wikidataId) {
        List<ExternalIdentifier> list = new ArrayList<>();
        if (identifiers != null) {
            for (int i = 0; i < identifiers.size(); i++) {
                list.add(ExternalIdentifier.of(identifiers.get(i).scheme(), identifiers.get(i).value(), "identifiers[" + i + "]"));
            }
        }
        if (wikidataId != null && !wikidataId.isBlank()) {
            try {
                list.add(ExternalIdentifier.of(IdentifierScheme.WIKIDATA, wikidataId, "wikidataId"));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("wikidataId", e.getMessage());
            }
        }
        return list;
    }

    /** {@code PUT /api/actors/{id}/affiliation}: the id of the organisation or country the actor speaks for; null for none. */
    public record Affiliation(Long affiliation, Long version, String reason) {
    }

    /** {@code POST /api/actors/{id}/merge}: the survivor's id. */
    @Schema(name = "ActorMerge")
    public record Merge(@NotNull Long into, Long version, String reason) {
    }

    /** {@code POST /api/actors/{id}/split}: the new actor and the statements that move to it. */
    public record Split(@NotBlank @Size(max = Actor.MAX_NAME_LENGTH) String canonicalName, String type,
                 @NotEmpty List<@NotNull Long> statements, Long version, String reason) {
    }

    /**
     * {@code POST /api/actors/{id}/confirmation} and {@code …/unmerge}: no body, {@code {}} or the version and a reason,
     * which may come as If-Match and X-Dictum-Reason instead, as for the other curation steps.
     */
    public record Change(Long version, String reason) {

        private static final Change NONE = new Change(null, null);

        /** The body as sent; none (a JSON {@code null}) names neither version nor reason. */
        static Change orNone(Change body) {
            return body == null ? NONE : body;
        }
    }

    static ActorType parseType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return ActorType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "type is one of " + List.of(ActorType.values()).toString().toLowerCase(Locale.ROOT)
                    + ", not '" + type + "'");
        }
    }
}
