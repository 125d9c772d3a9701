/** Settings administrators change at run time (the private-archive switch), overriding configured defaults. */
package org.dictum.domain.settings;
