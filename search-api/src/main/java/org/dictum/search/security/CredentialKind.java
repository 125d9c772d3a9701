package org.dictum.search.security;

/** How a caller proved who they are. */
public enum CredentialKind {
    /** Name and password: the portal's login form or HTTP Basic. */
    PASSWORD,
    /** An API bearer token. */
    TOKEN,
    /** A portal session opened by an earlier password login. */
    SESSION
}
