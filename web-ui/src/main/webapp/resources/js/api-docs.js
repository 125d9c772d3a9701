// The API page: Swagger UI (served from the WAR's WebJar) over the deployed OpenAPI document.
(function () {
  "use strict";
  var element = document.getElementById("swagger-ui");
  if (!element || typeof SwaggerUIBundle !== "function") {
    return;
  }
  SwaggerUIBundle({
    url: element.getAttribute("data-spec"),
    dom_id: "#swagger-ui",
    deepLinking: true,
    docExpansion: "none",
    validatorUrl: null
  });
})();
