/** How the portal answers a change that lost a race with another librarian's: a message on the form, not an error page. */
package org.dictum.web.conflict;
