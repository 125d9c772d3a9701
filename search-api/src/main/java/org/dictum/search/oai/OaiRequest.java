package org.dictum.search.oai;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A validated OAI-PMH request (section 3.1): one known verb, only the arguments it allows, none
 * repeated, the required ones present, a resumption token alone, well-formed prefixes, sets and
 * dates of one granularity with {@code from} not after {@code until}.
 */
public record OaiRequest(OaiVerb verb, Map<String, String> arguments) {

    public static final String VERB = "verb";
    public static final String IDENTIFIER = "identifier";
    public static final String METADATA_PREFIX = "metadataPrefix";
    public static final String FROM = "from";
    public static final String UNTIL = "until";
    public static final String SET = "set";
    public static final String RESUMPTION_TOKEN = "resumptionToken";

    /** The setSpec and metadataPrefix syntax of the OAI-PMH schema. */
    private static final Pattern SET_SPEC = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");

    public OaiRequest {
        arguments = Collections.unmodifiableMap(new TreeMap<>(arguments));
    }

    /** Parses the request's parameters, as the servlet container gives them (GET query or POST form). */
    public static OaiRequest parse(Map<String, String[]> parameters) {
        String[] verbs = parameters.get(VERB);
        if (verbs == null || verbs.length != 1) {
            throw new OaiException(OaiError.BAD_VERB, verbs == null ? "The verb argument is missing" : "The verb argument is repeated");
        }
        OaiVerb verb = OaiVerb.named(verbs[0])
                .orElseThrow(() -> new OaiException(OaiError.BAD_VERB, "'" + verbs[0] + "' is not an OAI-PMH verb"));
        Map<String, String> arguments = new TreeMap<>();
        parameters.forEach((name, values) -> {
            if (name.equals(VERB)) {
                return;
            }
            if (!verb.allows(name)) {
                throw badArgument(verb.protocolName() + " does not take the argument '" + name + "'");
            }
            if (values.length != 1) {
                throw badArgument("The argument '" + name + "' is repeated");
            }
            arguments.put(name, values[0]);
        });
        OaiRequest request = new OaiRequest(verb, arguments);
        request.validate();
        return request;
    }

    private void validate() {
        if (arguments.containsKey(RESUMPTION_TOKEN)) {
            if (arguments.size() > 1) {
                throw badArgument("A resumptionToken is the only argument besides the verb");
            }
            return;
        }
        verb.required().stream().filter(name -> !arguments.containsKey(name)).findFirst().ifPresent(missing -> {
            throw badArgument(verb.protocolName() + " requires the argument '" + missing + "'");
        });
        metadataPrefix().filter(prefix -> !PREFIX.matcher(prefix).matches()).ifPresent(prefix -> {
            throw badArgument("'" + prefix + "' is not a valid metadataPrefix");
        });
        set().filter(set -> !SET_SPEC.matcher(set).matches()).ifPresent(set -> {
            throw badArgument("'" + set + "' is not a valid setSpec");
        });
        Optional<OaiDates.Bound> from = from();
        Optional<OaiDates.Bound> until = until();
        if (from.isPresent() && until.isPresent()) {
            if (from.get().dayGranularity() != until.get().dayGranularity()) {
                throw badArgument("'from' and 'until' must have the same granularity");
            }
            if (from.get().start().isAfter(until.get().start())) {
                throw badArgument("'from' is later than 'until'");
            }
        }
    }

    public Optional<String> identifier() {
        return Optional.ofNullable(arguments.get(IDENTIFIER));
    }

    public Optional<String> metadataPrefix() {
        return Optional.ofNullable(arguments.get(METADATA_PREFIX));
    }

    public Optional<String> set() {
        return Optional.ofNullable(arguments.get(SET));
    }

    public Optional<String> resumptionToken() {
        return Optional.ofNullable(arguments.get(RESUMPTION_TOKEN));
    }

    Optional<OaiDates.Bound> from() {
        return Optional.ofNullable(arguments.get(FROM)).map(value -> OaiDates.parse(FROM, value));
    }

    Optional<OaiDates.Bound> until() {
        return Optional.ofNullable(arguments.get(UNTIL)).map(value -> OaiDates.parse(UNTIL, value));
    }

    private static OaiException badArgument(String message) {
        return new OaiException(OaiError.BAD_ARGUMENT, message);
    }
}
