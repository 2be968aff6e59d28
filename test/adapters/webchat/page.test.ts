import { statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { webChatBundlePath } from '../../../adapters/webchat/page.ts';
import { useWebChatServer } from '../../support/webChatServer.ts';

describe('the chat page', () => {
  const t = useWebChatServer();
  const get = (path: string) => fetch(new URL(path, t.server.url));

  test('should serve a page that loads Web Chat from our own origin only', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<script src="/webchat/webchat.js" defer></script>');
    expect(html).toContain('data-demo="on"');
    // Nothing on the page points at another host.
    expect(html.match(/(?:src|href)="(?!\/|data:)[^"]*"/g)).toBeNull();
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    // Web Chat reads an attached file from its blob: URL before uploading it (refused, the attach button sends nothing).
    expect(csp).toMatch(/connect-src 'self' blob:/);
  });

  test('should serve the official bundle from node_modules', async () => {
    const res = await get('/webchat/webchat.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect((await res.arrayBuffer()).byteLength).toBe(statSync(webChatBundlePath()).size);
  });

  test('should serve the page script and style', async () => {
    const script = await get('/webchat/chat.js');
    expect(script.status).toBe(200);
    expect(await script.text()).toContain('WebChat.createDirectLine');
    expect((await get('/webchat/chat.css')).status).toBe(200);
  });

  test.each(['/webchat/stats.json', '/webchat/webchat-es5.js', '/webchat/../package.json'])('should not serve %s', async (path) => {
    expect((await get(path)).status).toBe(404);
  });
});
