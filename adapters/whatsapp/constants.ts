/**
 * The WhatsApp Cloud API's fixed numbers, grouped and frozen in one place (the Fuse.js habit).
 * Limits are Meta's (messages reference: text, interactive reply buttons and list messages).
 */
import type { Catalogue } from '../../src/locale/index.ts';

export const WHATSAPP_CHANNEL_ID = 'whatsapp';

/** The webhook path Meta calls (GET handshake, POST notifications). */
export const WEBHOOK_PATH = '/webhooks/whatsapp';

export const WHATSAPP_LIMITS = Object.freeze({
  /** Our cap on a webhook body; Meta's notifications are a few kilobytes. */
  webhookBodyBytes: 1024 * 1024,
  textBody: 4096,
  buttonBody: 1024,
  listBody: 4096,
  buttons: 3,
  buttonTitle: 20,
  buttonId: 256,
  listRows: 10,
  rowTitle: 24,
  rowDescription: 72,
  rowId: 200,
  listButtonLabel: 20,
  /** A template body parameter (the approved body's whole text is at most 1024 characters). */
  templateParameter: 1024,
});

/** Meta allows free-form messages only within 24 hours of the customer's last message. */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Graph API error code for a free-form message outside the customer-service window. */
export const GRAPH_ERROR_OUTSIDE_WINDOW = 131047;

/** Files larger than this are not downloaded (WhatsApp documents go up to 100 MB; tickets need far less). */
export const MAX_MEDIA_BYTES = 25 * 1024 * 1024;

export const GRAPH_TIMEOUT_MS = 10_000;


/** Statuses held for wamids we have not recorded yet (a status overtaking our send's response). */
export const EARLY_STATUSES = 1_000;

/** The label of the button that opens a list, per language (at most 20 characters). */
export const LIST_BUTTON_LABELS: Catalogue<string> = Object.freeze({ en: 'Choose', zh: '选择', es: 'Elegir' });
