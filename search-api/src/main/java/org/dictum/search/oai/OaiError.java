package org.dictum.search.oai;

/** The error codes of OAI-PMH 2.0, section 3.6. */
public enum OaiError {
    BAD_ARGUMENT("badArgument"),
    BAD_RESUMPTION_TOKEN("badResumptionToken"),
    BAD_VERB("badVerb"),
    CANNOT_DISSEMINATE_FORMAT("cannotDisseminateFormat"),
    ID_DOES_NOT_EXIST("idDoesNotExist"),
    NO_RECORDS_MATCH("noRecordsMatch"),
    NO_METADATA_FORMATS("noMetadataFormats"),
    NO_SET_HIERARCHY("noSetHierarchy");

    private final String code;

    OaiError(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** badVerb and badArgument responses echo the base URL only, without the request's arguments. */
    boolean hidesArguments() {
        return this == BAD_VERB || this == BAD_ARGUMENT;
    }
}
