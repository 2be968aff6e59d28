/**
 * The dev mailbox: the outbox as a page (`GET /dev/mailbox`) and as JSON (`GET /dev/mailbox.json`),
 * newest first, so whoever tries the chat locally can read the verification codes. Mounted only
 * outside production; there both paths are the app's ordinary 404.
 */
import type { Router } from 'express';
import type { Config } from '../config.ts';
import type { OutboxMessage } from '../store/records.ts';
import type { Store } from '../store/store.ts';

export const DEV_MAILBOX_PATH = '/dev/mailbox';

/** Messages a page shows unless `?limit=` says otherwise (1 … MAX_LIMIT). */
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

export function mountDevMailbox(router: Router, store: Pick<Store, 'outbox'>, config: Pick<Config, 'env'>): void {
  if (config.env === 'production') return;
  const limitOf = (raw: unknown): number => {
    const n = typeof raw === 'string' ? Number.parseInt(raw, 10) : NaN;
    return Number.isFinite(n) ? Math.min(Math.max(n, 1), MAX_LIMIT) : DEFAULT_LIMIT;
  };
  router.get(`${DEV_MAILBOX_PATH}.json`, async (req, res) => {
    res.set('Cache-Control', 'no-store').json({ messages: await store.outbox.list(limitOf(req.query['limit'])) });
  });
  router.get(DEV_MAILBOX_PATH, async (req, res) => {
    const messages = await store.outbox.list(limitOf(req.query['limit']));
    res.set('Cache-Control', 'no-store').type('html').send(renderMailbox(messages));
  });
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function statusOf(m: OutboxMessage): string {
  if (m.sentAt) return `delivered ${m.sentAt} via ${m.transport ?? '?'}`;
  if (m.error) return `pending after ${m.attempts} failed attempt${m.attempts === 1 ? '' : 's'}: ${m.error}`;
  return 'pending';
}

/** The page: every message with its headers, delivery status and the whole text (codes included). */
export function renderMailbox(messages: readonly OutboxMessage[]): string {
  const items = messages.map(
    (m) => `<article id="message-${m.id}">
<h2>${escapeHtml(m.subject)}</h2>
<dl><dt>To</dt><dd>${escapeHtml(m.toAddress)}</dd><dt>Queued</dt><dd>${escapeHtml(m.createdAt)}</dd><dt>Status</dt><dd>${escapeHtml(statusOf(m))}</dd></dl>
<pre>${escapeHtml(m.bodyText)}</pre>
</article>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>Dev mailbox</title>
<style>
body { font: 15px/1.4 system-ui, sans-serif; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; }
article { border: 1px solid #ccc; border-radius: 6px; margin: 1rem 0; padding: 0 1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; } dt { font-weight: 600; } dd { margin: 0; }
pre { white-space: pre-wrap; background: #f6f6f6; padding: .75rem; }
</style>
</head>
<body>
<h1>Dev mailbox</h1>
<p>Outgoing e-mail, newest first. Not served in production.</p>
${items.length ? items.join('\n') : '<p>No messages yet.</p>'}
</body>
</html>
`;
}
