import { defineIntent } from './types.ts';

/**
 * The customer asks where their support ticket stands (its state, queue and the promised time), with
 * or without its number (CA-…). Only the customer's own tickets are answered (src/dialog/ticketStatus).
 */
export const ticketStatus = defineIntent({
  name: 'ticket_status',
  description: "Asks about their support ticket or case: what's happening with it, its status, when someone will answer.",
  examples: {
    en: [
      "what's happening with my ticket",
      'any news on my ticket?',
      'what is the status of my ticket',
      'and my ticket?',
      'is anyone working on my ticket',
      'ticket CA-000123 status',
      'has my case been looked at yet',
      'when will someone reply to my ticket',
      'I opened a ticket yesterday, any update?',
      'what happened to my support request',
      'my ticket number is CA-000045, where is it at',
      'is my ticket still open',
      'still waiting on my ticket',
      'update on my complaint ticket please',
      'how is my case going',
      'did you get my ticket',
    ],
    zh: [
      '我的工单怎么样了',
      '工单有进展吗',
      '我的工单处理到哪一步了',
      '那我的工单呢？',
      '查一下工单 CA-000123',
      '工单状态',
      '我提交的问题有人处理了吗',
      '我的投诉工单怎么样了',
      '什么时候会有人回复我的工单',
      '工单还开着吗',
      '我的单子有回复了吗',
      '客服处理我的问题了吗',
    ],
    es: [
      '¿qué pasa con mi ticket?',
      '¿cómo va mi ticket?',
      'estado de mi ticket',
      '¿y mi ticket?',
      '¿alguien está revisando mi caso?',
      'ticket CA-000123, ¿novedades?',
      '¿cuándo me responderán sobre mi ticket?',
      '¿sigue abierto mi ticket?',
      '¿hay noticias de mi reclamación?',
      'abrí un ticket ayer, ¿cómo va?',
      '¿en qué estado está mi caso?',
      '¿me das el número de mi incidencia?',
      'dame el número de la incidencia',
    ],
  },
  cues: {
    en: ['my ticket', 'ticket status', 'my case', 'support request', 'my tickets', 'open tickets', 'ticket number'],
    zh: ['工单', '我的单子'],
    es: ['mi ticket', 'mi caso', 'mi reclamación', 'mis tickets', 'la incidencia', 'mi incidencia', 'mis incidencias', 'número de ticket', 'número del ticket'],
  },
  slots: [],
  needs: { linkedAccount: false, generalAnswer: false, roles: {} },
});
