package org.dictum.search.oai;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The six requests of OAI-PMH 2.0 with the arguments each requires and allows. */
public enum OaiVerb {
    IDENTIFY("Identify", Set.of(), Set.of(), false),
    LIST_METADATA_FORMATS("ListMetadataFormats", Set.of(), Set.of(OaiRequest.IDENTIFIER), false),
    LIST_SETS("ListSets", Set.of(), Set.of(), true),
    GET_RECORD("GetRecord", Set.of(OaiRequest.IDENTIFIER, OaiRequest.METADATA_PREFIX), Set.of(), false),
    LIST_IDENTIFIERS("ListIdentifiers", Set.of(OaiRequest.METADATA_PREFIX),
            Set.of(OaiRequest.FROM, OaiRequest.UNTIL, OaiRequest.SET), true),
    LIST_RECORDS("ListRecords", Set.of(OaiRequest.METADATA_PREFIX),
            Set.of(OaiRequest.FROM, OaiRequest.UNTIL, OaiRequest.SET), true);

    private final String protocolName;
    private final Set<String> required;
    private final Set<String> optional;
    private final boolean resumable;

    OaiVerb(String protocolName, Set<String> required, Set<String> optional, boolean resumable) {
        this.protocolName = protocolName;
        this.required = required;
        this.optional = optional;
        this.resumable = resumable;
    }

    public String protocolName() {
        return protocolName;
    }

    Set<String> required() {
        return required;
    }

    boolean allows(String argument) {
        return required.contains(argument) || optional.contains(argument)
                || resumable && argument.equals(OaiRequest.RESUMPTION_TOKEN);
    }

    static Optional<OaiVerb> named(String name) {
        return Arrays.stream(values()).filter(verb -> verb.protocolName.equals(name)).findFirst();
    }
}
