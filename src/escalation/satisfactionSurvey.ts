/**
 * Asking for the satisfaction rating (issue 20): once per handoff (the store keeps it unique), or after
 * a ticket resolved without one (src/tickets/surveyAfterResolving.ts), the question with a choice per
 * rating, on the customer's channel.
 */
import type { NewSatisfactionSurvey } from '../store/satisfactionRecords.ts';
import type { Store } from '../store/store.ts';
import type { CustomerMessenger } from './handoffDesk.ts';
import { ratingChoices, satisfactionTexts } from './satisfactionTexts.ts';

/** Asks unless this handoff was asked already; true when the question went out. */
export async function askSatisfaction(o: { store: Store; messenger: CustomerMessenger }, survey: NewSatisfactionSurvey, at: string): Promise<boolean> {
  const asked = await o.store.satisfaction.ask(survey, at);
  if (!asked) return false;
  const texts = satisfactionTexts(survey.language);
  await o.messenger(survey.conversationId, [{ type: 'message', text: texts.question, choices: ratingChoices(survey.language) }], undefined, 'satisfaction_survey');
  return true;
}
