/**
 * Who may use the archive: user accounts with a role, and the API tokens they hold. Passwords and
 * tokens are only ever stored as hashes; hashing itself belongs to the application layer.
 */
package org.dictum.domain.account;
