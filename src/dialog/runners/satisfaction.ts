import { satisfactionTexts } from '../../escalation/satisfactionTexts.ts';
import type { Store } from '../../store/store.ts';
import type { DialogFacts } from '../decision.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerContext, RunnerFamily } from './types.ts';

/** The satisfaction survey's answers: the rating kept (then a comment offered), the comment kept or declined. */
export const satisfactionRunners = {
  async satisfaction(action: ActionOf<'satisfaction'>, { turn, store, clock }: Pick<RunnerContext, 'turn' | 'store' | 'clock'>) {
    const t = satisfactionTexts(turn.locale);
    const at = clock.now().toISOString();
    if ('rating' in action.answer) {
      await store.satisfaction.rate(action.surveyId, action.answer.rating, at);
      return say(t.commentPrompt(action.answer.rating), [{ label: t.noComment, value: t.noComment }]);
    }
    await store.satisfaction.close(action.surveyId, at, action.answer.comment ?? undefined);
    return say(action.answer.comment ? t.thanksForComment : t.thanks);
  },
} satisfies RunnerFamily;

/** The survey waiting for this conversation's answer, as the dialog's facts say it. */
export async function pendingSurvey(store: Store, conversationId: string): Promise<DialogFacts['survey']> {
  const s = await store.satisfaction.pending(conversationId);
  return s ? { id: s.id, stage: s.rating === null ? 'rating' : 'comment' } : null;
}

/**
 * A survey the customer passed by (they asked something else) stops waiting: it is asked once and never
 * traps the conversation. Called once the turn's requests ran.
 */
export async function closeSurveyPassedBy(store: Store, survey: DialogFacts['survey'], answered: boolean, at: string): Promise<void> {
  if (survey && !answered) await store.satisfaction.close(survey.id, at);
}
