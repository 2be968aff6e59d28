import type { MailTexts } from './types.ts';

export const en: MailTexts = {
  verificationSubject: (f) => `Your Carrier Assist verification code: ${f.code}`,
  verificationBody: (f) =>
    [
      `Hello ${f.name},`,
      '',
      `Your verification code is ${f.code}.`,
      '',
      `Type it in the chat to link this conversation to your account. The code is valid for ${f.validMinutes} minutes and can be used once.`,
      '',
      "If you did not ask for it, ignore this e-mail: nothing changes without the code. We will never ask you for it by phone or e-mail.",
      '',
      'Carrier Assist',
    ].join('\n'),
};
