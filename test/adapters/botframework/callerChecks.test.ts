/**
 * Who may call /api/messages (issue 18): without a verified Bot Framework JWT only a loopback peer,
 * and only with BOT_ALLOW_UNAUTHENTICATED=true; a serviceUrl only on a Bot Connector host (or this
 * machine for the Emulator, or a configured origin); expectReplies never for an unauthenticated caller.
 */
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isBotConnectorUrl, isLoopbackAddress, isLoopbackUrl } from '../../../adapters/botframework/callerChecks.ts';
import { EMULATOR_ENV, FakeConnector, emulatorMessage, postActivity, startServer } from './connectorHarness.ts';

/** An address of this machine that is not loopback, when it has one (a peer that is not "local"). */
const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i !== undefined && i.family === 'IPv4' && !i.internal)?.address;

type Server = Awaited<ReturnType<typeof startServer>>;

describe('the Bot Framework endpoint without credentials', () => {
  const connector = new FakeConnector();
  let closed: Server;
  let emulator: Server;
  beforeAll(async () => {
    await connector.start();
    closed = await startServer();
    emulator = await startServer({ ...EMULATOR_ENV }, '0.0.0.0');
  });
  afterAll(async () => {
    await closed.close();
    await emulator.close();
    await connector.close();
  });

  /** The server's URL on another of this machine's addresses (it listens on all of them). */
  const at = (server: Server, host: string): string => {
    const url = new URL(server.url);
    url.hostname = host;
    return url.origin;
  };
  const nothingBehind = async (server: Server, conversation: string, before: number): Promise<void> => {
    expect(connector.requests.length).toBe(before);
    expect(await server.app.store.conversations.get(`emulator:${conversation}`)).toBeNull();
  };

  test('should refuse even a local Emulator unless BOT_ALLOW_UNAUTHENTICATED=true', async () => {
    const before = connector.requests.length;
    const res = await postActivity(closed.url, emulatorMessage(connector.url, { id: 'c-1', text: 'hello', conversation: 'conv-closed' }));
    expect(res.status).toBe(401);
    expect(res.text).toContain('BOT_ALLOW_UNAUTHENTICATED');
    await nothingBehind(closed, 'conv-closed', before);
  });

  test('should answer the local Emulator with the development setting', async () => {
    const before = connector.requests.length;
    const local = at(emulator, '127.0.0.1');
    expect((await postActivity(local, emulatorMessage(connector.url, { id: 'e-1', text: 'hello', conversation: 'conv-ok' }))).status).toBe(200);
    expect(connector.since(before).some((r) => r.body['type'] === 'message')).toBe(true);
  });

  test.each([
    ['a private address', 'http://192.0.2.9:8080/'],
    ['a public https host', 'https://connector.example.com/'],
    ['a Bot Connector host (no token to call it with)', 'https://smba.trafficmanager.net/emea/'],
  ])('should never call back %s without credentials', async (_what, serviceUrl) => {
    const before = connector.requests.length;
    const local = at(emulator, '127.0.0.1');
    const res = await postActivity(local, emulatorMessage(serviceUrl, { id: 's-1', text: 'hello', conversation: 'conv-ssrf' }));
    expect(res.status).toBe(401);
    await nothingBehind(emulator, 'conv-ssrf', before);
  });

  test('should refuse deliveryMode expectReplies from an unauthenticated caller and answer nothing in the response', async () => {
    const before = connector.requests.length;
    const local = at(emulator, '127.0.0.1');
    const res = await postActivity(local, { ...emulatorMessage(connector.url, { id: 'x-1', text: 'help', conversation: 'conv-expect' }), deliveryMode: 'expectReplies' });
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('activities');
    await nothingBehind(emulator, 'conv-expect', before);
  });

  test('should refuse a body that is not application/json (a web page posting text/plain to localhost)', async () => {
    const before = connector.requests.length;
    const local = at(emulator, '127.0.0.1');
    const res = await postActivity(local, JSON.stringify(emulatorMessage(connector.url, { id: 't-1', text: 'hello', conversation: 'conv-text' })), { 'Content-Type': 'text/plain' });
    expect(res.status).toBe(415);
    await nothingBehind(emulator, 'conv-text', before);
  });

  // Needs an address of this machine that is not loopback; every CI runner and container has one.
  test.skipIf(externalAddress === undefined)('should refuse a peer that is not on loopback, whatever X-Forwarded-For says', async () => {
    const before = connector.requests.length;
    const remote = at(emulator, externalAddress!);
    const body = emulatorMessage(connector.url, { id: 'r-1', text: 'hello', conversation: 'conv-remote' });
    expect((await postActivity(remote, body)).status).toBe(401);
    expect((await postActivity(remote, body, { 'X-Forwarded-For': '127.0.0.1' })).status).toBe(401);
    await nothingBehind(emulator, 'conv-remote', before);
  });
});

describe('the Bot Framework endpoint with credentials', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer({
      MicrosoftAppId: '00000000-0000-0000-0000-0000000000aa',
      MicrosoftAppPassword: 'not-a-real-password',
      BOT_ALLOWED_SERVICE_URLS: 'https://connector.example.com',
    });
  });
  afterAll(async () => {
    await server.close();
  });

  test.each([
    ['a loopback port', 'http://127.0.0.1:6379/'],
    ['an arbitrary host', 'https://attacker.example/'],
    ['a look-alike host', 'https://smba.trafficmanager.net.attacker.example/'],
  ])('should refuse a serviceUrl on %s before looking at the token', async (_what, serviceUrl) => {
    const res = await postActivity(server.url, emulatorMessage(serviceUrl, { id: 'a-1', text: 'hello', conversation: 'conv-auth' }), { Authorization: 'Bearer not-a-jwt' });
    expect(res.status).toBe(401);
    expect(res.text).toContain('not a Bot Connector host');
  });

  test.each([
    ['a Bot Connector host', 'https://smba.trafficmanager.net/emea/'],
    ['the configured origin', 'https://connector.example.com/v3/'],
  ])('should take a serviceUrl on %s to the token check', async (_what, serviceUrl) => {
    const res = await postActivity(server.url, emulatorMessage(serviceUrl, { id: 'a-2', text: 'hello', conversation: 'conv-auth' }), { Authorization: 'Bearer not-a-jwt' });
    expect(res.status).toBe(401);
    expect(res.text).toContain('not authenticated');
  });
});

describe('caller facts', () => {
  test.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.0.2.2', false],
    ['::ffff:192.0.2.2', false],
    ['fd00::2', false],
    [undefined, false],
  ])('should count the peer %s as loopback: %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });

  test.each([
    ['https://smba.trafficmanager.net/emea/', true],
    ['https://smba.trafficmanager.net/teams/', true],
    ['https://webchat.botframework.com/', true],
    ['https://directline.botframework.com/', true],
    ['https://europe.directline.botframework.com/', true],
    ['https://smba.infra.gcc.teams.microsoft.com/teams', true],
    ['https://smba.infra.gov.teams.microsoft.us/teams', true],
    ['https://smba.infra.dod.teams.microsoft.us/teams', true],
    ['https://directline.botframework.azure.us/', true],
    ['https://webchat.botframework.azure.cn/', true],
    ['http://webchat.botframework.com/', false],
    ['https://webchat.botframework.com:8443/', false],
    ['https://botframework.com.attacker.example/', false],
    ['https://attackerbotframework.com/', false],
    ['https://.botframework.com/', false],
    ['https://webchat.botframework.com@attacker.example/', false],
    ['https://user:pw@webchat.botframework.com/', false],
    ['https://teams.microsoft.com/', false],
    ['http://localhost:9000/', false],
    ['not a url', false],
  ])('should count %s as a Bot Connector URL: %s', (url, expected) => {
    expect(isBotConnectorUrl(url)).toBe(expected);
  });

  test.each([
    ['http://localhost:53559', true],
    ['http://127.0.0.1:9000/', true],
    ['http://[::1]:9000', true],
    ['https://smba.trafficmanager.net/emea/', false],
    ['http://localhost.evil.example', false],
    ['not a url', false],
  ])('should count %s as on this machine: %s', (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });
});
