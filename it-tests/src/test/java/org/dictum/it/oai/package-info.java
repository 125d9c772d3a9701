/** The OAI-PMH provider over HTTP: every verb and error, selective harvesting, a harvest by an independent client. */
package org.dictum.it.oai;
