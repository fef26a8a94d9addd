import { SITE } from '../site.ts';
import { editorSettings, type EditorSettings } from './config.ts';

/** The editor's corrections to Decap's styles (src/admin/admin.css), written into /admin/ by the build. */
export const ADMIN_STYLESHEET = 'vidensbasen-admin.css';

/** The GitHub API, the only third party the editor talks to. */
export const GIT_HOST_API = 'https://api.github.com';

/**
 * The Content-Security-Policy of /admin/ (content pages keep the site's stricter policy). Decap is
 * a React app: Emotion writes its styles as inline <style> elements ('unsafe-inline' for styles)
 * and it compiles its configuration schema with `new Function` ('unsafe-eval'). Connections: the
 * site itself, GitHub's API, the OAuth endpoint, and a local decap-server only when one is set.
 */
export function adminCsp(settings: EditorSettings = editorSettings()): string {
  const connect = ["'self'", GIT_HOST_API, settings.auth?.baseUrl, settings.localBackend && new URL(settings.localBackend).origin].filter(Boolean);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The HTML of /admin/: Decap's bundle, the site's additions, and the generated configuration.
 * Decap renders into an existing `#nc-root`, so the editor sits in the page's <main> landmark.
 */
export function adminHtml(settings: EditorSettings = editorSettings()): string {
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${adminCsp(settings)}">
<title>Webeditor – Vidensbasen</title>
<link rel="icon" href="${SITE.icon}" type="image/svg+xml">
<link href="/admin/config.yml" type="text/yaml" rel="cms-config-url">
<link rel="stylesheet" href="/admin/${ADMIN_STYLESHEET}">
</head>
<body>
<main id="nc-root"><noscript>Webeditoren kræver JavaScript.</noscript></main>
<script src="/admin/decap-cms.js"></script>
<script src="/admin/vidensbasen-cms.js"></script>
</body>
</html>
`;
}
