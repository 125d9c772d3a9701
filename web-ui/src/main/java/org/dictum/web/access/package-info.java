/**
 * Faces beans of the access pages: log in and out, the header's "logged in as", a user's API
 * tokens, and user administration. Every change is a POST through a Faces form, whose view state
 * is kept on the server: a forged cross-site POST has no valid view state and is refused.
 */
package org.dictum.web.access;
