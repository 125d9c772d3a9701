/**
 * Discourse networks from the statements of a search: the actor–topic two-mode network and the
 * actor–actor network (weighted by shared topics or by articles both appear in), optionally sliced
 * into time windows, written as GraphML, GEXF 1.3 or CSV node and edge lists. See docs/EXPORTS.md.
 */
package org.dictum.search.network;
