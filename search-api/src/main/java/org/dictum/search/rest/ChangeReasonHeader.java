package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.dictum.persistence.audit.ChangeAttribution;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Takes the reason for a write from the {@code X-Dictum-Reason} header into the request's
 * attribution, from where the audit trail records it. A {@code reason} in the body, where an
 * endpoint accepts one, takes precedence.
 */
@Provider
public class ChangeReasonHeader implements ContainerRequestFilter {

    public static final String NAME = "X-Dictum-Reason";

    @Inject
    ChangeAttribution attribution;

    @Override
    public void filter(ContainerRequestContext request) {
        attribution.because(request.getHeaderString(NAME));
    }

    /**
     * Documents the header as a parameter of a write of the OpenAPI document ({@link OpenApiProblems} calls this for
     * every POST, PUT, PATCH and DELETE): every write read it, but none declared it, so a client generated from the
     * document could not send it.
     */
    static void document(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (parameters.stream().noneMatch(p -> NAME.equalsIgnoreCase(p.getName()))) {
            operation.addParameter(OASFactory.createParameter().name(NAME).in(Parameter.In.HEADER).required(false)
                    .description("Why the change is made, recorded in the audit trail with who and when; a reason in the"
                            + " body, where the body takes one, wins")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }
}
