/**
 * Which approved template goes out when messages are held outside the 24-hour window: the one
 * configured for the customer's language (WHATSAPP_TEMPLATES), its body parameters filled from the
 * customer notice it stands for (its ticket number, its text); else the language-less
 * WHATSAPP_TEMPLATE_NAME; else none.
 */
import { customerNoticeOf, type Activity } from '../../src/activity.ts';
import type { TemplateParameterSource, WhatsAppConfig } from '../../src/config.ts';
import { languageOf } from '../../src/locale/index.ts';
import { WHATSAPP_LIMITS } from './constants.ts';

export interface ChosenTemplate {
  name: string;
  language: string;
  /** The body's {{1}}, {{2}} … in order; empty for a template without variables. */
  parameters: string[];
}

/** The template for the held messages (the first notice among them fills the parameters), or null. */
export function templateFor(config: WhatsAppConfig, held: readonly Activity[]): ChosenTemplate | null {
  const notice = held.find((a) => customerNoticeOf(a) !== null) ?? held[0];
  const language = notice?.locale ? languageOf(notice.locale)?.code : undefined;
  const spec = language ? config.templates[language] : undefined;
  if (spec && notice) {
    const parameters = spec.parameters.map((source) => parameterOf(notice, source));
    if (parameters.every((p): p is string => p !== null)) return { name: spec.name, language: spec.language, parameters };
  }
  return config.template ? { name: config.template.name, language: config.template.language, parameters: [] } : null;
}

/** A parameter's value from the notice, as Meta takes it (no line breaks, tabs or runs of spaces), or null when it has none. */
function parameterOf(activity: Activity, source: TemplateParameterSource): string | null {
  const raw = source === 'ticket' ? customerNoticeOf(activity)?.ticket : activity.text;
  const value = raw?.replace(/\s+/g, ' ').trim();
  if (!value) return null;
  return value.length > WHATSAPP_LIMITS.templateParameter ? `${value.slice(0, WHATSAPP_LIMITS.templateParameter - 1)}…` : value;
}
