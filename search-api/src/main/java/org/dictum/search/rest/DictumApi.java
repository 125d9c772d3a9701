package org.dictum.search.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API's root. */
@ApplicationPath("/api")
public class DictumApi extends Application {
}
