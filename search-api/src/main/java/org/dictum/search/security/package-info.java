/**
 * Who is calling and what they may do: the one HTTP authentication mechanism (portal session,
 * bearer tokens, HTTP Basic for token issuance), password hashing, token issuance and revocation,
 * user administration, login throttling and the initial administrator.
 */
package org.dictum.search.security;
