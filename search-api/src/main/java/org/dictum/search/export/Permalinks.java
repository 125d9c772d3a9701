package org.dictum.search.export;

/**
 * Stable addresses in the portal. A statement's permalink names its article and its character span in
 * the archived main text, which never changes, so it keeps pointing at the same words even when the
 * statement is later corrected, re-extracted or rejected: the article page marks that span.
 *
 * @param portalBase the portal's absolute address, ending in {@code /}
 */
public record Permalinks(String portalBase) {

    public Permalinks {
        portalBase = portalBase.endsWith("/") ? portalBase : portalBase + "/";
    }

    public String article(long articleId) {
        return portalBase + "article.xhtml?id=" + articleId;
    }

    public String statement(long articleId, int start, int end) {
        return article(articleId) + "&span=" + start + "-" + end + "#cited";
    }
}
