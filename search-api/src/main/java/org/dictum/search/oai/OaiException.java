package org.dictum.search.oai;

/** A request the protocol answers with an error element (HTTP 200, as OAI-PMH prescribes). */
public class OaiException extends RuntimeException {

    private final transient OaiError error;

    public OaiException(OaiError error, String message) {
        super(message);
        this.error = error;
    }

    public OaiError error() {
        return error;
    }
}
