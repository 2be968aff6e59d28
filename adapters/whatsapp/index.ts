export { createWhatsAppAdapter, whatsAppAdapterWith, type WhatsAppAdapterOptions } from './whatsAppAdapter.ts';
export { computeSignature, signatureHeader, verifySignature } from './signature.ts';
export { renderForWhatsApp, type WhatsAppMessageBody } from './render.ts';
export { WHATSAPP_CHANNEL_ID, WEBHOOK_PATH } from './constants.ts';
export { whatsAppReplayDriver } from './replayDriver.ts';
