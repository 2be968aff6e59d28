export { MAIL_DELIVERY_DEFAULTS, MailDelivery, type FlushResult, type MailDeliveryDeps, type MailDeliveryOptions } from './mailDelivery.ts';
export { mailboxTransport, mailTransportFor, SmtpTransport, SMTP_TIMEOUTS, type MailEnvelope, type MailTransport } from './transports.ts';
export { verificationMail } from './verificationMail.ts';
export { mailTextsFor, type MailTexts, type VerificationMailFacts } from './texts/index.ts';
