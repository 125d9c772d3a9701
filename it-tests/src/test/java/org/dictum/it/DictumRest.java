package org.dictum.it;

import java.net.URL;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests against the deployed portal: {@code DictumRest.json(baseUrl).get("api/...")}. */
public final class DictumRest {

    /** problem+json media type of the API's error responses. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private DictumRest() {
    }

    /** A request accepting JSON, relative to the portal's base URL. */
    public static RequestSpecification json(URL baseUrl) {
        return RestAssured.given()
                .baseUri(baseUrl.toString())
                .accept(ContentType.JSON)
                .log().ifValidationFails();
    }
}
