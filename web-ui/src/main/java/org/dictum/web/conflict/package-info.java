/**
 * How the portal answers a form it cannot apply: a change that lost a race with another librarian's
 * gets a message on the form; a form whose view state expired gets the "Form expired" page with 400;
 * a form with a file field posted without multipart/form-data gets the "Form not understood" page with 400.
 * None is a 500 or an ERROR in the log. A field that fails conversion or validation gets
 * its message next to it ({@link org.dictum.web.conflict.FieldMessages}).
 */
package org.dictum.web.conflict;
