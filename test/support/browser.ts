/**
 * Browser tests' shared parts: Debian's Chromium launched through playwright-core with the flags a
 * headless run on a build machine needs, where screenshots go, and a watch on what a page requests
 * and which script or CSP errors it shows (tests insist on localhost only and a clean run).
 */
import { fileURLToPath } from 'node:url';
import { chromium as playwrightChromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './externalParts.ts';

/** Screenshots and other files a test run leaves for people to look at (git-ignored). */
export const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** A fresh Chromium (launch() gives every run a temporary profile). */
export function launchChromium(): Promise<Browser> {
  return playwrightChromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** Records every request a page makes and every script or CSP error it shows. */
export function watch(page: Page): { requested: string[]; problems: string[] } {
  const requested: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('websocket', (socket) => requested.push(socket.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return { requested, problems };
}

/** The web and socket URLs that left this machine. */
export const outsideLocalhost = (urls: readonly string[]): string[] => urls.filter((url) => /^(https?|wss?):/.test(url) && !LOCAL_HOSTS.has(new URL(url).hostname));
