/**
 * Who may call /api/messages and where the bot may call back. With MicrosoftAppId every request needs
 * a Bot Framework JWT (botbuilder checks it) and its serviceUrl must be a Bot Connector host; without
 * it, only the local Emulator in development (BOT_ALLOW_UNAUTHENTICATED=true, a loopback peer, a
 * loopback serviceUrl). Either way, configured origins (BOT_ALLOWED_SERVICE_URLS) are allowed too.
 */
import type { BotFrameworkConfig } from '../../src/config.ts';
import { isLoopbackAddress } from '../../src/http/loopback.ts';

/**
 * Hosts of Microsoft's Bot Connector service (public, US Government and China clouds): the Azure Bot
 * Service channels (webchat, directline, … under botframework.com, botframework.azure.us,
 * botframework.azure.cn) and Teams (smba.trafficmanager.net; smba.infra.*.teams.microsoft.* for GCC,
 * GCC High and DoD).
 */
const BOT_CONNECTOR_HOST_SUFFIXES: readonly string[] = ['.botframework.com', '.botframework.azure.us', '.botframework.azure.cn', '.trafficmanager.net'];
const BOT_CONNECTOR_HOSTS: ReadonlySet<string> = new Set([
  'smba.trafficmanager.net',
  'smba.infra.gcc.teams.microsoft.com',
  'smba.infra.gov.teams.microsoft.us',
  'smba.infra.dod.teams.microsoft.us',
]);

export { isLoopbackAddress };

/** Without credentials only an Emulator on this machine may talk to us (and we only call it back there). */
export function isLoopbackUrl(url: string): boolean {
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** An https URL on the default port whose host is one of Microsoft's Bot Connector hosts. */
export function isBotConnectorUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const u = new URL(url);
  if (u.protocol !== 'https:' || u.port !== '' || u.username !== '' || u.password !== '') return false;
  const host = u.hostname.toLowerCase();
  return BOT_CONNECTOR_HOSTS.has(host) || BOT_CONNECTOR_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
}

/** Why a request is refused before botbuilder sees it, or null when it may go on. */
export type CallerRefusal =
  | { reason: 'unauthenticated_off'; message: string }
  | { reason: 'not_loopback_peer'; message: string }
  | { reason: 'service_url'; message: string }
  | { reason: 'expect_replies'; message: string };

export interface CallerFacts {
  /** The TCP peer (req.socket.remoteAddress), never a forwarded header. */
  peerAddress: string | undefined;
  serviceUrl: string;
  deliveryMode: string | undefined;
}

/** The checks of one request, in order: the development switch, the peer, the serviceUrl, expectReplies. */
export function refuseCaller(config: Pick<BotFrameworkConfig, 'appId' | 'allowUnauthenticated' | 'allowedServiceUrls'>, facts: CallerFacts): CallerRefusal | null {
  const configured = URL.canParse(facts.serviceUrl) && config.allowedServiceUrls.includes(new URL(facts.serviceUrl).origin);
  if (config.appId !== undefined) {
    if (configured || isBotConnectorUrl(facts.serviceUrl)) return null;
    return { reason: 'service_url', message: `serviceUrl ${facts.serviceUrl} is not a Bot Connector host (add it to BOT_ALLOWED_SERVICE_URLS if it should be)` };
  }
  if (!config.allowUnauthenticated) {
    return { reason: 'unauthenticated_off', message: 'Without MicrosoftAppId the endpoint is closed; set BOT_ALLOW_UNAUTHENTICATED=true in development for the local Emulator' };
  }
  if (!isLoopbackAddress(facts.peerAddress)) {
    return { reason: 'not_loopback_peer', message: 'Without MicrosoftAppId only a Bot Framework Emulator on this machine is accepted' };
  }
  if (!configured && !isLoopbackUrl(facts.serviceUrl)) {
    return { reason: 'service_url', message: `Without MicrosoftAppId the serviceUrl must be on this machine (the Emulator), not ${facts.serviceUrl}` };
  }
  if (facts.deliveryMode === 'expectReplies') {
    return { reason: 'expect_replies', message: 'deliveryMode expectReplies needs an authenticated caller' };
  }
  return null;
}
