/**
 * SKOS import and export of the topic taxonomy in Turtle, in plain Java: a reader for the Turtle
 * subset taxonomies use and a writer whose output that reader (and any RDF tool) reads back.
 */
package org.dictum.domain.topic.skos;
