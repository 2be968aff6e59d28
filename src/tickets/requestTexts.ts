/**
 * What an agent asks a customer for on a ticket (the ticket then waits on the customer): the console
 * offers these in the customer's language, for the agent to send as they are or edited.
 */
import { type Catalogue, localized } from '../locale/index.ts';

export const REQUEST_KINDS = ['invoice', 'documents', 'address'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const REQUEST_TEXTS: Catalogue<Readonly<Record<RequestKind, (ticket: string) => string>>> = {
  en: {
    invoice: (t) => `About your ticket ${t}: customs needs the commercial invoice for this parcel. Could you send it here in the chat (a PDF or a photo)?`,
    documents: (t) => `About your ticket ${t}: we need a few documents to go on. Could you send them here in the chat?`,
    address: (t) => `About your ticket ${t}: could you tell us the full delivery address (street, number, postcode and city)?`,
  },
  zh: {
    invoice: (t) => `关于您的工单 ${t}：海关需要该包裹的商业发票。请直接在对话中发送（PDF 或照片均可）。`,
    documents: (t) => `关于您的工单 ${t}：我们需要一些文件才能继续处理，请直接在对话中发送。`,
    address: (t) => `关于您的工单 ${t}：请告诉我们完整的收件地址（街道、门牌号、邮编和城市）。`,
  },
  es: {
    invoice: (t) => `Sobre tu incidencia ${t}: la aduana necesita la factura comercial de este envío. ¿Puedes enviarla aquí en el chat (PDF o foto)?`,
    documents: (t) => `Sobre tu incidencia ${t}: necesitamos algunos documentos para continuar. ¿Puedes enviarlos aquí en el chat?`,
    address: (t) => `Sobre tu incidencia ${t}: ¿puedes indicarnos la dirección de entrega completa (calle, número, código postal y ciudad)?`,
  },
};

/** The requests in the customer's language, ready to send for `ticket`. */
export function requestTexts(locale: string, ticket: string): Record<RequestKind, string> {
  const texts = localized(REQUEST_TEXTS, locale);
  return Object.fromEntries(REQUEST_KINDS.map((k) => [k, texts[k](ticket)])) as Record<RequestKind, string>;
}
