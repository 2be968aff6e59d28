/**
 * The WhatsApp test server (signed webhooks, a local stand-in for the Graph API, small demo data,
 * fixed clock) with web chat (Direct Line) beside it, logging through the app's own logger into
 * memory; and a reader of its /metrics text.
 */
import { createWebChatAdapter } from '../../adapters/webchat/index.ts';
import { startWhatsAppServer, type WhatsAppServer } from '../adapters/whatsapp/whatsAppTestServer.ts';
import { capturedLogger } from '../support/logLines.ts';

export interface MetricsServer {
  server: WhatsAppServer;
  /** The app's log lines (createLogger: request ids added), one parsed object each. */
  lines: Record<string, unknown>[];
  /** GET /metrics (on its own port when METRICS_PORT is set). */
  scrape(bearer?: string): Promise<Response>;
}

export async function startMetricsServer(env: Record<string, string> = {}): Promise<MetricsServer> {
  const { logger, lines } = capturedLogger('debug');
  // A failed send waits for its retry past the end of the test: it stays in the outbox gauge.
  const server = await startWhatsAppServer({ OUTBOX_RETRY_BASE_MS: '600000', ...env }, { adapters: [createWebChatAdapter], logger });
  return {
    server,
    lines,
    scrape: (bearer) => fetch(server.metricsUrl ?? `${server.url}/metrics`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} }),
  };
}

/**
 * The value of one sample in Prometheus text: the line `name{labels…} value` whose labels include
 * all of `labels` (others may be there too); undefined when no line has them.
 */
export function sampleValue(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const has = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => has[k] === v)) return Number(m[3]);
  }
  return undefined;
}
