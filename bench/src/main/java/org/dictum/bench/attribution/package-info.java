/**
 * Statement finding measured against PolNeAR's brat attributions: corpus reading, alignment of the extractor's main
 * text with the article, token Jaccard matching, direct/indirect classes, source and cue accuracy
 * ({@link org.dictum.bench.attribution.AttributionEvaluation}, name {@code attribution}).
 */
package org.dictum.bench.attribution;
