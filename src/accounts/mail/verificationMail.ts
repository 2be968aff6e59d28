import type { NewOutboxMessage, UserRecord } from '../../store/records.ts';
import { mailTextsFor } from './texts/index.ts';

/** The verification e-mail for `user`, to the address on file, in `locale` (English when not served). */
export function verificationMail(user: Pick<UserRecord, 'name' | 'email'>, code: string, validMinutes: number, locale: string): NewOutboxMessage {
  const texts = mailTextsFor(locale);
  const facts = { name: user.name, code, validMinutes };
  return { toAddress: user.email, subject: texts.verificationSubject(facts), bodyText: texts.verificationBody(facts) };
}
