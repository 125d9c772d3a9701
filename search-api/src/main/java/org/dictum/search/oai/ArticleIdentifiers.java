package org.dictum.search.oai;

import java.util.OptionalLong;

/** OAI identifiers of articles, {@code oai:<repositoryIdentifier>:article/<id>} (the oai-identifier scheme). */
public record ArticleIdentifiers(String repositoryIdentifier) {

    public String of(long articleId) {
        return prefix() + articleId;
    }

    /** The article id in an identifier of this repository, if it is one. */
    public OptionalLong articleId(String identifier) {
        if (!identifier.startsWith(prefix())) {
            return OptionalLong.empty();
        }
        String digits = identifier.substring(prefix().length());
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }

    /** An identifier of this repository for any article id, to show in Identify. */
    public String sample() {
        return of(1);
    }

    private String prefix() {
        return "oai:" + repositoryIdentifier + ":article/";
    }
}
