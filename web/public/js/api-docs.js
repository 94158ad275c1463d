// /api/docs: mounts Swagger UI (self-hosted, /vendor/swagger-ui/, loaded just before this file)
// over the server-rendered list of operations, reading the same /api/openapi.json. Without
// JavaScript, or if the bundle fails, the list stays: it names every operation already.
(function () {
  'use strict';
  var root = document.getElementById('swagger-ui');
  var list = document.querySelector('[data-api-ref]');
  if (!root || typeof window.SwaggerUIBundle !== 'function') return;
  root.setAttribute('aria-busy', 'true');
  window.SwaggerUIBundle({
    url: root.getAttribute('data-spec'),
    domNode: root,
    deepLinking: true,
    // No call to validator.swagger.io (no third-party requests; connect-src is 'self').
    validatorUrl: null,
    docExpansion: 'none',
    defaultModelsExpandDepth: -1,
    displayOperationId: false,
    filter: true,
    // Try-it-out sends requests from this page with the reader's own session (same origin).
    tryItOutEnabled: false,
    withCredentials: true,
    onComplete: function () {
      root.removeAttribute('aria-busy');
      if (list) list.hidden = true;
    },
  });
})();
