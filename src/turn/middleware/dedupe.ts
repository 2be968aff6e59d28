import type { Middleware, TurnContext } from 'botbuilder';
import type { Clock } from '../../clock.ts';
import type { ReceiptRepository } from '../../store/store.ts';
import { setStatus } from '../turnState.ts';

/**
 * Drops a delivery whose (channel, activity id) was already taken: webhooks retry, and a retry must
 * not become a second turn. The claim is one atomic insert, so it holds across instances.
 */
export class DedupeMiddleware implements Middleware {
  constructor(
    private readonly receipts: ReceiptRepository,
    private readonly clock: Clock,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { id, channelId } = context.activity;
    if (id && !(await this.receipts.claim(channelId, id, this.clock.now().toISOString()))) {
      setStatus(context, 'duplicate');
      return;
    }
    await next();
  }
}
