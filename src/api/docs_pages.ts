/**
 * The Swagger UI (`/docs`) and ReDoc (`/redoc`) pages. Their bundles are vendored
 * under static/vendor/ (see its README), so the docs work offline and from the
 * compiled binary; no CDN is referenced. Both link the dashboard's `/favicon.svg`, so
 * browsers do not fall back to asking for a missing `/favicon.ico`.
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
  ${FAVICON}
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

const FAVICON = `<link rel="icon" href="/favicon.svg" type="image/svg+xml">`;

/**
 * ReDoc's standalone bundle rendering /openapi.json. Its sidebar footer always shows
 * an image from cdn.redoc.ly (no option turns it off in 2.5), so the page's
 * Content-Security-Policy allows images from this origin only: the browser blocks that
 * request before it leaves, and ReDoc drops the broken image by itself.
 */
export function redocPage(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="img-src 'self' data: blob:">
  <title>${escapeHtml(title)} · API reference</title>
  ${FAVICON}
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
