import type { Middleware, TurnContext } from 'botbuilder';
import type { Clock } from '../../clock.ts';
import type { ReceiptRepository } from '../../store/store.ts';
import { inboxAttemptOf, setStatus } from '../turnState.ts';

/**
 * Drops a delivery whose (channel, activity id) was already taken: webhooks retry, and a retry must
 * not become a second turn. The claim is one atomic insert, so it holds across instances. A turn from
 * the durable inbox was deduped there (its unique platform id) and may be a takeover: not claimed here.
 */
export class DedupeMiddleware implements Middleware {
  constructor(
    private readonly receipts: ReceiptRepository,
    private readonly clock: Clock,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { id, channelId } = context.activity;
    if (id && inboxAttemptOf(context) === null && !(await this.receipts.claim(channelId, id, this.clock.now().toISOString()))) {
      setStatus(context, 'duplicate');
      return;
    }
    await next();
  }
}
