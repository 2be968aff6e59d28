/**
 * The satisfaction survey's words to the customer, in their language: the 1-5 question with a choice
 * per rating (numbered in order, so a channel that shows numbered lines reads "reply 1-5"), the offer
 * of a comment with a "no comment" choice, and the thanks.
 */
import type { Choice } from '../activity.ts';
import { localized, type Catalogue } from '../locale/index.ts';

export interface SatisfactionTexts {
  /** Asks for the rating; the choices carry the labels below, values "1" … "5". */
  question: string;
  /** Labels of ratings 1 to 5, short enough for a WhatsApp list row (24 characters). */
  ratingLabels: readonly [string, string, string, string, string];
  /** After the rating: a comment is welcome (a low rating asks what went wrong). */
  commentPrompt(rating: number): string;
  /** The choice that declines the comment. */
  noComment: string;
  thanksForComment: string;
  thanks: string;
}

const en: SatisfactionTexts = {
  question: 'How satisfied are you with the help you got today? Reply with a number from 1 (very dissatisfied) to 5 (very satisfied).',
  ratingLabels: ['1 – Very dissatisfied', '2 – Dissatisfied', '3 – Neutral', '4 – Satisfied', '5 – Very satisfied'],
  commentPrompt: (r) =>
    r <= 2
      ? `Thank you for your rating (${r} out of 5), and sorry we fell short. What could we have done better? Write it here, or tap No comment.`
      : `Thank you for your rating (${r} out of 5)! Is there anything you'd like to tell us? Write it here, or tap No comment.`,
  noComment: 'No comment',
  thanksForComment: 'Thank you: your comment goes to our customer service team. Ask me anything else about your parcels.',
  thanks: 'Thank you! Ask me anything else about your parcels.',
};

const zh: SatisfactionTexts = {
  question: '您对今天得到的帮助满意吗？请回复 1（非常不满意）到 5（非常满意）之间的数字。',
  ratingLabels: ['1 非常不满意', '2 不满意', '3 一般', '4 满意', '5 非常满意'],
  commentPrompt: (r) =>
    r <= 2
      ? `感谢您的评分（${r} 分），很抱歉没能让您满意。我们哪里可以做得更好？请直接写下，或点“不用了”。`
      : `感谢您的评分（${r} 分）！还有什么想告诉我们的吗？请直接写下，或点“不用了”。`,
  noComment: '不用了',
  thanksForComment: '谢谢，您的意见会转给我们的客服团队。包裹方面还有问题，随时问我。',
  thanks: '谢谢！包裹方面还有问题，随时问我。',
};

const es: SatisfactionTexts = {
  question: '¿Qué tal te hemos atendido hoy? Responde con un número del 1 (muy insatisfecho) al 5 (muy satisfecho).',
  ratingLabels: ['1 – Muy insatisfecho', '2 – Insatisfecho', '3 – Normal', '4 – Satisfecho', '5 – Muy satisfecho'],
  commentPrompt: (r) =>
    r <= 2
      ? `Gracias por tu valoración (${r} de 5), y perdona que no estuviéramos a la altura. ¿Qué podríamos haber hecho mejor? Escríbelo aquí o pulsa «Sin comentarios».`
      : `¡Gracias por tu valoración (${r} de 5)! ¿Quieres contarnos algo más? Escríbelo aquí o pulsa «Sin comentarios».`,
  noComment: 'Sin comentarios',
  thanksForComment: 'Gracias: tu comentario llega a nuestro equipo de atención al cliente. Pregúntame lo que necesites sobre tus paquetes.',
  thanks: '¡Gracias! Pregúntame lo que necesites sobre tus paquetes.',
};

export const SATISFACTION_TEXTS: Catalogue<SatisfactionTexts> = Object.freeze({ en, zh, es });

export function satisfactionTexts(language: string): SatisfactionTexts {
  return localized(SATISFACTION_TEXTS, language);
}

/** The rating question's choices: each rating's label, the rating as the value. */
export function ratingChoices(language: string): Choice[] {
  return satisfactionTexts(language).ratingLabels.map((label, i) => ({ label, value: String(i + 1) }));
}
