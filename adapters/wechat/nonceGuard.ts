/**
 * Replayed query strings. A plaintext push's signature covers the token, timestamp and nonce, not the
 * body, so a captured query could otherwise carry any body from any sender while its timestamp is
 * fresh. Each (timestamp, nonce) is claimed once in the store's receipts (atomic across instances on
 * PostgreSQL); a pair seen before passes only with the very push it came with: WeChat's retry of a
 * push whose answer it did not get, which the durable inbox answers again without a second turn.
 * Retries that carry a new timestamp and nonce claim their own pair. Nothing needs to expire: a pair
 * whose timestamp is outside the window is refused as stale before it is looked up.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Clock } from '../../src/clock.ts';
import type { Store } from '../../src/store/store.ts';
import { WECHAT_CHANNEL_ID, weChatDeliveryId, type WeChatPush } from './messages.ts';

/** The receipts' channel for signed (timestamp, nonce) pairs, apart from the activity ids the dedupe claims. */
const NONCE_RECEIPTS = 'wechat/nonce';

export class WeChatNonceGuard {
  constructor(
    private readonly store: Pick<Store, 'receipts' | 'inbox'>,
    private readonly clock: Clock,
  ) {}

  /** True when the push may go on: its (timestamp, nonce) is new, or it is the push that pair came with. */
  async admit(signed: { timestamp: string; nonce: string; push: WeChatPush }): Promise<boolean> {
    const pair = `${signed.timestamp}|${signed.nonce}`;
    if (await this.store.receipts.claim(NONCE_RECEIPTS, pair, this.clock.now().toISOString())) return true;
    const accepted = await this.store.inbox.get(WECHAT_CHANNEL_ID, weChatDeliveryId(signed.push));
    return accepted !== null && isDeepStrictEqual(accepted.payload, JSON.parse(JSON.stringify(signed.push)));
  }
}
