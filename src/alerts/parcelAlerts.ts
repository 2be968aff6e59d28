/**
 * Proactive alerts (issue 21): a parcel's status change (onShipmentStatusChange) is told to every
 * conversation subscribed to it, in its language, through CustomerNotices (so the channel's rules
 * apply: WhatsApp text inside 24 h, else the approved template; WeChat customer-service messages
 * within 48 h and 5 messages, else the template message or held for agents; Web Chat on the open
 * chat, else at the next visit). Each alert is written once per (scan, conversation) before it is
 * sent, so a push delivered three times, or a restart, sends it once; a non-exception found at night
 * in the customer's zone waits for the morning, and a timer sends what has come due. Only a member of
 * the parcel's account hears of it (membership is checked again when the alert is written).
 */
import type { Logger } from 'pino';
import { findSpeaker, isMemberOf } from '../accounts/speaker.ts';
import type { Clock } from '../clock.ts';
import type { CustomerNotices } from '../escalation/customerNotices.ts';
import type { ShipmentStatusChange } from '../shipments/statusChanges.ts';
import type { ParcelAlertRecord } from '../store/subscriptionRecords.ts';
import type { Store } from '../store/store.ts';
import { alertChoices, alertText, type AlertNews } from './alertTexts.ts';
import { exceptionOf } from '../shipments/exceptionKinds.ts';
import { alertDueAt } from './quietHours.ts';

export interface ParcelAlertsOptions {
  store: Store;
  notices: CustomerNotices;
  clock: Clock;
  logger: Logger;
  /** The zone of a conversation that names none (DEFAULT_TIMEZONE). */
  defaultTimeZone: string;
  /** How often alerts held for the morning are looked for. */
  pollMs?: number;
}

const DUE_BATCH = 50;
const DEFAULT_POLL_MS = 60_000;

export class ParcelAlerts {
  private timer: NodeJS.Timeout | null = null;
  private sending: Promise<void> = Promise.resolve();

  constructor(private readonly o: ParcelAlertsOptions) {}

  /** The onShipmentStatusChange listener: writes the change's alerts, and sends those due now. */
  async statusChanged(change: ShipmentStatusChange): Promise<void> {
    const { store, clock } = this.o;
    const parcelSubscriptions = await store.subscriptions.ofParcel(change.trackingNumber);
    const shipment = await store.shipments.byTrackingNumber(change.trackingNumber);
    if (!shipment) return;
    const exception = exceptionOf(change.event);
    // "notify me if any of our parcels gets held in customs": the account's watchers hear of its exceptions, once per conversation.
    const watchers = exception ? await store.subscriptions.watchersOfAccount(shipment.accountNumber) : [];
    const subscriptions = [
      ...parcelSubscriptions,
      ...watchers
        .filter((w) => !parcelSubscriptions.some((p) => p.conversationId === w.conversationId))
        .map((w) => ({ conversationId: w.conversationId, kind: w.kind, source: 'asked' as const })),
    ];
    if (!subscriptions.length) return;
    const now = clock.now();
    for (const subscription of subscriptions) {
      if (subscription.kind === 'exceptions' && !exception) continue;
      const conversation = await store.conversations.get(subscription.conversationId);
      if (!conversation) continue;
      // Whoever speaks in the conversation now must still be a member of the parcel's account.
      const speaker = await findSpeaker(store, conversation.channelId, conversation.externalUserId);
      if (!isMemberOf(speaker, shipment.accountNumber)) continue;
      const earlier = subscription.source === 'default' ? await store.parcelAlerts.ofConversation(conversation.id) : [];
      const news: AlertNews = {
        trackingNumber: change.trackingNumber,
        to: change.to,
        exception,
        place: change.event.city,
        explain: subscription.source === 'default' && !earlier.some((a) => (a.detail as Partial<AlertNews>).explain),
      };
      // The customer's own zone (the linked user's), else the conversation's, else DEFAULT_TIMEZONE.
      const timeZone = speaker?.user.timeZone || conversation.timeZone || this.o.defaultTimeZone;
      const dueAt = alertDueAt(now, timeZone, exception !== null);
      const eventKey = `${change.trackingNumber}|${change.event.at}|${change.to}|${change.event.code}`;
      await store.parcelAlerts.add({ eventKey, conversationId: conversation.id, trackingNumber: change.trackingNumber, exception, dueAt: dueAt.toISOString(), detail: news }, now.toISOString());
    }
    await this.sendDue();
  }

  /** Sends every alert due by now (one sender at a time in this instance; `take` keeps instances apart). */
  sendDue(): Promise<void> {
    this.sending = this.sending.then(() => this.sendDueNow());
    return this.sending;
  }

  /** Looks for alerts come due every `pollMs` (held overnight ones) until close(). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.sendDue(), this.o.pollMs ?? DEFAULT_POLL_MS);
    this.timer.unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sending;
  }

  private async sendDueNow(): Promise<void> {
    try {
      for (const alert of await this.o.store.parcelAlerts.due(this.o.clock.now().toISOString(), DUE_BATCH)) await this.send(alert);
    } catch (err) {
      this.o.logger.error({ err }, 'alerts: looking for due alerts failed');
    }
  }

  private async send(alert: ParcelAlertRecord): Promise<void> {
    if (!(await this.o.store.parcelAlerts.take(alert.id, this.o.clock.now().toISOString()))) return;
    const news = alert.detail as AlertNews;
    try {
      await this.o.notices.tell(alert.conversationId, { text: (locale) => alertText(news, locale), choices: (locale) => alertChoices(news, locale) });
      this.o.logger.info({ conversationId: alert.conversationId, trackingNumber: alert.trackingNumber, exception: alert.exception }, 'alerts: told the customer');
    } catch (err) {
      await this.o.store.parcelAlerts.fail(alert.id, (err as Error)?.message ?? String(err));
      this.o.logger.error({ err, alertId: alert.id }, 'alerts: the alert could not be told');
    }
  }
}
