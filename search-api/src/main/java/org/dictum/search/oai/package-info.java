/**
 * The OAI-PMH 2.0 data provider at {@code /oai}: request parsing and validation
 * ({@link org.dictum.search.oai.OaiRequest}), resumption tokens, the provider service that reads
 * changed articles and sets ({@link org.dictum.search.oai.OaiProvider}), and the StAX writer of
 * responses and Dublin Core records. Protocol errors are XML, never problem+json.
 */
package org.dictum.search.oai;
