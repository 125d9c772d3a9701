package org.dictum.it.access;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;

/**
 * The REST methods the deployed application has, as "METHOD /path/{param}", from the OpenAPI
 * document that WildFly's MicroProfile OpenAPI generates by scanning the JAX-RS resources.
 */
final class DeployedEndpoints {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private DeployedEndpoints() {
    }

    static Set<String> of(HttpApi anonymous) {
        Reply reply = anonymous.get("openapi?format=JSON");
        if (reply.status() != 200) {
            throw new IllegalStateException("GET /openapi answered " + reply);
        }
        JsonObject paths = reply.json().getJsonObject("paths");
        Set<String> endpoints = new TreeSet<>();
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                if (METHODS.contains(method)) {
                    endpoints.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        return endpoints;
    }

    static boolean isWrite(String endpoint) {
        return !endpoint.startsWith("GET ");
    }
}
