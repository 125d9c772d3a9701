/** The Jakarta Faces portal: views hold view state and call the search and archive services. */
package org.dictum.web;
