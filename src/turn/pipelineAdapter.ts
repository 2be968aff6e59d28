import { BotAdapter, TurnContext, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { Activity as BfActivity } from 'botbuilder';
import type { Activity } from '../activity.ts';
import { conversationRefOf } from '../activity.ts';
import { deliverOf } from './turnState.ts';

/**
 * The one place botbuilder meets the core: a BotAdapter whose "send" hands the recorded activities
 * to the channel adapter that delivered the turn. Updates and deletes are not part of any channel
 * we serve, so they fail loudly instead of pretending.
 */
export class PipelineAdapter extends BotAdapter {
  async sendActivities(context: TurnContext, activities: Partial<BfActivity>[]): Promise<ResourceResponse[]> {
    const inbound = context.activity as unknown as Activity;
    const outbound = activities as unknown as Activity[];
    await deliverOf(context)(conversationRefOf(inbound), outbound);
    return outbound.map((a) => ({ id: a.id ?? '' }));
  }

  async updateActivity(): Promise<void> {
    throw new Error('updateActivity is not supported by carrier-assist channels');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('deleteActivity is not supported by carrier-assist channels');
  }

  async continueConversation(
    _reference: Partial<ConversationReference>,
    _logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    throw new Error('continueConversation: use TurnPipeline.sendToConversation');
  }

  /** Runs the middleware chain and `logic` for one inbound activity. */
  run(activity: Activity, setup: (context: TurnContext) => void, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const context = new TurnContext(this, activity as unknown as Partial<BfActivity>);
    setup(context);
    return this.runMiddleware(context, logic);
  }
}
