/**
 * Every per-language catalogue the assistant answers with, in one list. Each is a `Catalogue<T>` beside
 * its concern (a language missing from one is a compile error); test/locale/completeness.test.ts walks
 * each of these, and every language's word lists, for keys missing or left empty. A new catalogue is a
 * line here. (Channel texts in adapters/ are listed by that test: src/ does not import adapters.)
 */
import { MAIL_TEXTS } from '../accounts/mail/texts/index.ts';
import { HANDOFF_NOTICES } from '../escalation/handoffNotices.ts';
import type { Catalogue, Language } from '../locale/index.ts';
import { DISCOURSE_CUES } from './discourse/cues.ts';
import { ARRIVAL_TEXTS } from './arrivals/texts.ts';
import { ACCESS_TEXTS } from './flows/accountAccess/texts.ts';
import { INVITATIONS } from './flows/accountAccess/invitationMail.ts';
import { ACCOUNT_NUMBER_TEXTS } from './flows/accountNumber/texts.ts';
import { BILLING_TEXTS } from './flows/billing/texts.ts';
import { CARBON_TEXTS } from './flows/carbonFootprint/texts.ts';
import { CHANGE_DELIVERY_TEXTS } from './flows/changeDelivery/texts.ts';
import { CUSTOMS_TEXTS } from './flows/customsHelp/texts.ts';
import { DAMAGE_TEXTS } from './flows/damagedPackage/texts.ts';
import { OPEN_TICKET_TEXTS } from './flows/shared/openTicketTexts.ts';
import { PARCEL_ALERT_TEXTS } from './flows/parcelAlerts/texts.ts';
import { VIP_TEXTS } from './flows/vipService/texts.ts';
import { EVENT_DESCRIPTIONS } from './texts/eventDescriptions.ts';
import { DIALOG_TEXTS } from './texts/index.ts';

export interface RegisteredCatalogue {
  name: string;
  catalogue: Catalogue<unknown>;
  /** The language whose entry is the source wording itself, and may be empty. */
  source?: Language;
}

export const TEXT_CATALOGUES: readonly RegisteredCatalogue[] = Object.freeze([
  { name: 'dialog', catalogue: DIALOG_TEXTS },
  { name: 'discourseCues', catalogue: DISCOURSE_CUES },
  { name: 'arrivals', catalogue: ARRIVAL_TEXTS },
  // Scan descriptions are the carrier's English wording: English needs no entry.
  { name: 'eventDescriptions', catalogue: EVENT_DESCRIPTIONS, source: 'en' },
  { name: 'accountAccess', catalogue: ACCESS_TEXTS },
  { name: 'invitationMail', catalogue: INVITATIONS },
  { name: 'accountNumber', catalogue: ACCOUNT_NUMBER_TEXTS },
  { name: 'billing', catalogue: BILLING_TEXTS },
  { name: 'carbonFootprint', catalogue: CARBON_TEXTS },
  { name: 'changeDelivery', catalogue: CHANGE_DELIVERY_TEXTS },
  { name: 'customsHelp', catalogue: CUSTOMS_TEXTS },
  { name: 'damagedPackage', catalogue: DAMAGE_TEXTS },
  { name: 'openTicket', catalogue: OPEN_TICKET_TEXTS },
  { name: 'parcelAlerts', catalogue: PARCEL_ALERT_TEXTS },
  { name: 'vipService', catalogue: VIP_TEXTS },
  { name: 'handoffNotices', catalogue: HANDOFF_NOTICES },
  { name: 'mail', catalogue: MAIL_TEXTS },
] satisfies RegisteredCatalogue[]);
