import type { MailTexts } from './types.ts';

export const es: MailTexts = {
  verificationSubject: (f) => `Su código de verificación de Carrier Assist: ${f.code}`,
  verificationBody: (f) =>
    [
      `Hola, ${f.name}:`,
      '',
      `Su código de verificación es ${f.code}.`,
      '',
      `Escríbalo en el chat para vincular esta conversación con su cuenta. El código es válido durante ${f.validMinutes} minutos y solo puede usarse una vez.`,
      '',
      'Si no lo ha solicitado, ignore este correo: nada cambia sin el código. Nunca se lo pediremos por teléfono ni por correo electrónico.',
      '',
      'Carrier Assist',
    ].join('\n'),
};
