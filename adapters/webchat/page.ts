/**
 * The chat page at `/`: Microsoft's official Web Chat bundle served from node_modules, fully offline
 * (only dist/webchat.js is served; system fonts; a CSP that allows no other host).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Response, type Router } from 'express';
import type { Config } from '../../src/config.ts';

const ASSETS_DIR = fileURLToPath(new URL('./assets/', import.meta.url));
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** Where `botframework-webchat/dist/webchat.js` is: its package exports hide dist/, so walk up from its entry. */
export function webChatBundlePath(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('botframework-webchat'));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'botframework-webchat') {
      return join(dir, 'dist', 'webchat.js');
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('botframework-webchat is not installed (npm ci)');
    dir = parent;
  }
}

export function chatPageRouter(config: Config): Router {
  const router = express.Router();
  const bundle = webChatBundlePath();
  const html = renderChatPage({ demo: config.env !== 'production' });
  const csp = contentSecurityPolicy(config.publicUrl);

  router.get('/', (_req, res) => {
    securityHeaders(res);
    res.set('Content-Security-Policy', csp).set('Cache-Control', 'no-cache').type('html').send(html);
  });
  router.get('/webchat/webchat.js', (_req, res, next) => {
    securityHeaders(res);
    res.sendFile(bundle, { maxAge: ONE_DAY_MS }, (err) => err && next(err));
  });
  router.get(['/webchat/chat.js', '/webchat/chat.css'], (req, res, next) => {
    securityHeaders(res);
    res.sendFile(req.path.slice('/webchat/'.length), { root: ASSETS_DIR, maxAge: 0 }, (err) => err && next(err));
  });
  return router;
}

function securityHeaders(res: Response): void {
  res.set('X-Content-Type-Options', 'nosniff').set('Referrer-Policy', 'no-referrer');
}

/**
 * No host but our own: Web Chat needs inline styles (emotion) and data:/blob: images, and reads a file
 * the customer attaches from its blob: URL before uploading it (connect-src), nothing else.
 */
function contentSecurityPolicy(publicUrl: string | undefined): string {
  const extraConnect = publicUrl ? ` ${publicUrl} ${publicUrl.replace(/^http/, 'ws')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src 'self' blob:${extraConnect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

function renderChatPage(options: { demo: boolean }): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Carrier Assist · Parcel support</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/webchat/chat.css">
</head>
<body data-demo="${options.demo ? 'on' : 'off'}">
  <header class="topbar">
    <div class="brand">
      <svg class="logo" viewBox="0 0 32 32" aria-hidden="true"><path d="M16 2 29 9v14l-13 7-13-7V9z" fill="currentColor"/><path d="M3.6 9.3 16 16l12.4-6.7M16 16v13.5" fill="none" stroke="#fff" stroke-width="2" stroke-linejoin="round"/><path d="m9.5 5.6 12.7 7" stroke="#f2b233" stroke-width="2.4"/></svg>
      <span class="brand-name">Carrier Assist</span>
    </div>
    <span class="brand-tag">Parcel support, around the clock</span>
  </header>
  <main class="layout">
    <aside class="signin" aria-labelledby="signin-title">
      <h1 id="signin-title">Who is chatting?</h1>
      <p class="hint" id="signin-hint">Demo sign-in: it stands in for the carrier website's login.</p>
      <ul class="people" id="people" aria-live="polite"></ul>
      <p class="status" id="status" role="status"></p>
    </aside>
    <section class="chat" aria-label="Chat with Carrier Assist">
      <div class="chat-empty" id="chat-empty">
        <svg viewBox="0 0 48 48" aria-hidden="true"><path d="M8 10h32a4 4 0 0 1 4 4v16a4 4 0 0 1-4 4H20l-8 7v-7H8a4 4 0 0 1-4-4V14a4 4 0 0 1 4-4z" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round"/><circle cx="16" cy="22" r="2" fill="currentColor"/><circle cx="24" cy="22" r="2" fill="currentColor"/><circle cx="32" cy="22" r="2" fill="currentColor"/></svg>
        <p>Pick a demo customer, or chat anonymously, to ask about a parcel.</p>
      </div>
      <div class="webchat" id="webchat"></div>
    </section>
  </main>
  <script src="/webchat/webchat.js" defer></script>
  <script src="/webchat/chat.js" defer></script>
</body>
</html>
`;
}
