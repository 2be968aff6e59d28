import express, { type Router } from 'express';
import type { Logger } from 'pino';
import type { WhatsAppConfig } from '../../src/config.ts';
import type { RouteLimits } from '../../src/server/routeLimits.ts';
import { WEBHOOK_PATH, WHATSAPP_LIMITS } from './constants.ts';
import { WhatsAppErrors, whatsAppErrorHandler } from './errors.ts';
import { inboundItems } from './inbound.ts';
import type { WhatsAppInbox } from './inbox.ts';
import { parseNotification } from './schemas.ts';
import { verifySignature } from './signature.ts';

/**
 * `GET /webhooks/whatsapp`: Meta's subscription handshake. `POST /webhooks/whatsapp`: notifications,
 * read as raw bytes (only here) so the signature is checked on exactly what Meta signed, before any
 * parsing; answered 200 once they are verified and their messages committed to the durable inbox.
 */
export function whatsAppWebhookRouter(config: WhatsAppConfig, inbox: WhatsAppInbox, logger: Logger, limits: RouteLimits): Router {
  const router = express.Router();
  router.use(WEBHOOK_PATH, ...limits.webhook);

  router.get(WEBHOOK_PATH, (req, res) => {
    const mode = req.query['hub.mode'];
    const token = req.query['hub.verify_token'];
    const challenge = req.query['hub.challenge'];
    if (mode !== 'subscribe' || typeof token !== 'string' || !sameText(token, config.verifyToken) || typeof challenge !== 'string') {
      throw WhatsAppErrors.handshakeRefused();
    }
    logger.info('WhatsApp webhook subscription verified');
    // Echoed as plain text and never sniffed as HTML: the challenge is whatever the caller sent.
    res.status(200).type('text/plain').set('x-content-type-options', 'nosniff').send(challenge);
  });

  router.post(
    WEBHOOK_PATH,
    express.raw({ type: () => true, limit: WHATSAPP_LIMITS.webhookBodyBytes }),
    limits.webhookSender(senderOf),
    async (req, res) => {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const signature = req.get('x-hub-signature-256');
      if (!signature) throw WhatsAppErrors.missingSignature();
      if (!verifySignature(config.appSecret, raw, signature)) throw WhatsAppErrors.wrongSignature();
      let json: unknown;
      try {
        json = JSON.parse(raw.toString('utf8'));
      } catch (error) {
        throw WhatsAppErrors.malformedJson((error as Error).message);
      }
      const items = inboundItems(parseNotification(json));
      if (!inbox.accepting) throw WhatsAppErrors.shuttingDown();
      // Committed before the 200: once Meta has it, the message is answered whatever crashes.
      await inbox.accept(items);
      // An empty 200 is all Meta reads (sendStatus would hash an "OK" body for an ETag on every notification).
      res.status(200).end();
    },
  );

  router.use(WEBHOOK_PATH, whatsAppErrorHandler(logger, WHATSAPP_LIMITS.webhookBodyBytes));
  return router;
}

/** The first message's sender in the raw notification, for the per-sender limit (charged only when accepted). */
function senderOf(req: express.Request): string | null {
  if (!Buffer.isBuffer(req.body)) return null;
  const from = /"from"\s*:\s*"(\d{1,32})"/.exec(req.body.toString('utf8', 0, 64 * 1024));
  return from ? `whatsapp:${from[1]}` : null;
}

/** Compares secrets without an early exit on the first differing character. */
function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}
