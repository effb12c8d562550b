/**
 * The Swagger UI (`/docs`) and ReDoc (`/redoc`) pages. Their bundles are vendored
 * under static/vendor/ (see its README), so the docs work offline and from the
 * compiled binary; no CDN is referenced.
 *
 * @module
 */

/** Swagger UI on /openapi.json. `validatorUrl: null` keeps it from calling an online validator. */
export function swaggerPage(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} · API docs</title>
  <link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
  <script src="/docs-init.js"></script>
</body>
</html>
`;
}

/** Kept out of the HTML so a strict Content-Security-Policy (no inline scripts) would still allow it. */
export const SWAGGER_INIT = `window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  validatorUrl: null,
  deepLinking: true,
  tryItOutEnabled: true,
});
`;

/** ReDoc's standalone bundle rendering /openapi.json. */
export function redocPage(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} · API reference</title>
  <style>body { margin: 0; padding: 0; }</style>
</head>
<body>
  <redoc spec-url="/openapi.json"></redoc>
  <script src="/vendor/redoc/redoc.standalone.js"></script>
</body>
</html>
`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
