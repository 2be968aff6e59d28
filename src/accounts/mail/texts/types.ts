/** What a verification e-mail says: the code, how long it is valid, and whom it greets. */
export interface VerificationMailFacts {
  /** The user's name on file. */
  name: string;
  code: string;
  validMinutes: number;
}

/** The e-mails of one locale, as data (src/dialog/texts does the same for chat replies). */
export interface MailTexts {
  verificationSubject(facts: VerificationMailFacts): string;
  verificationBody(facts: VerificationMailFacts): string;
}
