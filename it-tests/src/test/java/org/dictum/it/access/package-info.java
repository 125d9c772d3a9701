/** Roles, logins, API tokens, the authorisation matrix of docs/ACCESS.md, throttling, CSRF and escaping. */
package org.dictum.it.access;
