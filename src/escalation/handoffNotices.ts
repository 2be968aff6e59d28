/**
 * What the customer is told about their handoff, in their language: the ticket and their place in
 * the queue, updates while they wait, the callback promise outside opening hours, an agent joining,
 * a transfer, and the bot taking over again. Canned replies for agents are here too.
 */
import { localized, type Catalogue } from '../locale/index.ts';
import type { TicketQueue } from '../store/records.ts';

export interface QueueStanding {
  position: number;
  waitMinutes: number;
}

export interface HandoffNotices {
  /** Why the bot hands over, when it decided on its own (said before the queue notice). */
  leadIn: { not_understood: string; policy: string };
  queued(ticket: string, standing: QueueStanding): string;
  /** Which parcel a complaint handed to people is about (said before the queue notice). */
  about(parcel: string): string;
  /** The wait as the notices word it ("1 minute", "12 minutes", "unos 12 minutos"): standingPattern finds it in them. */
  waitPhrase(minutes: number): string;
  /** Outside opening hours: a ticket number and a callback promise. `opens` is local, e.g. "Mon 09:00". */
  afterHours(ticket: string, opens: string, phoneOnFile: boolean): string;
  /** Outside opening hours, to a customer who is not signed in: how can a person reach them? */
  askContact(opens: string): string;
  /** The answer was neither an e-mail address nor a phone number. */
  contactAgain: string;
  /** Outside opening hours: the ticket, and the contact a person will use (`contact` as given or on file). */
  afterHoursContact(ticket: string, opens: string, contact: string, onFile: boolean): string;
  stillWaiting(ticket: string, standing: QueueStanding): string;
  /**
   * Asked while waiting ("what happens next?", "how long will it take?", "要等多久", "¿cuánto tardará?"): the place and wait,
   * and what the person from that team will do. `team` is one of `teams`.
   */
  whatHappensNext(ticket: string, standing: QueueStanding, team: string): string;
  /** The same outside opening hours: the ticket is kept and a person answers when the team opens (`opens`, e.g. "Mon 09:00"). */
  waitingWhileClosed(ticket: string, opens: string, team: string): string;
  /** Each queue as the team whose person takes the conversation. */
  teams: Readonly<Record<TicketQueue, string>>;
  /** Once, to a customer who writes while waiting: the person who takes the ticket sees it, and the bot answers meanwhile. */
  seenWhileWaiting(ticket: string, standing: QueueStanding): string;
  /** The customer took the request for a person back while waiting: the bot answers again. */
  withdrawn(ticket: string): string;
  /** A complaint made while waiting: recorded as its own complaint ticket, and the person who takes the waiting ticket sees it too. */
  complaintRecorded(complaintTicket: string, waitingTicket: string): string;
  /** The wait got shorter (someone ahead was served). */
  movedUp(standing: QueueStanding): string;
  agentJoined(agent: string): string;
  transferred(agent: string): string;
  /** The agent let the conversation go back to the queue. */
  requeued(standing: QueueStanding): string;
  resolved(agent: string, ticket: string): string;
  handedBack(agent: string): string;
  canned: { id: string; title: string; text: string }[];
}

const minutes = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);
/** "unos 12 minutos", "alrededor de 1 minuto". */
const esperaEs = (n: number) => (n === 1 ? 'alrededor de 1 minuto' : `unos ${n} minutos`);

const en: HandoffNotices = {
  leadIn: {
    not_understood: "Sorry, I still didn't get that, so I'm bringing in a person from our team.",
    policy: 'This needs a person from our team, so I have asked one to look at it now.',
  },
  waitPhrase: minutes,
  about: (p) => `This is about your parcel ${p}: the person who picks it up will have its details in front of them.`,
  queued: (ticket, s) =>
    `I've passed this to our customer service team: your ticket number is ${ticket}. A person will pick up this conversation and reply here; you don't need to repeat anything. You are number ${s.position} in the queue; the wait is about ${minutes(s.waitMinutes)}.`,
  afterHours: (ticket, opens, phone) =>
    `Our customer service team is away right now. I've opened ticket ${ticket} with everything you told me; ${phone ? 'a person will call you back on the phone number on your account' : 'a person will reply here'} when we open (${opens}). You don't need to repeat anything.`,
  askContact: (opens) =>
    `Our customer service team is away right now; we open ${opens}. So that a person can get back to you even if you close this chat, what is your e-mail address or phone number?`,
  contactAgain: "That doesn't look like an e-mail address or a phone number. Please send one, for example name@example.com or +44 7700 900123.",
  afterHoursContact: (ticket, opens, contact, onFile) =>
    `Our customer service team is away right now. I've opened ticket ${ticket} with everything you told me; a person will contact you at ${contact}${onFile ? ', as on your account,' : ''} when we open (${opens}). You don't need to repeat anything.`,
  complaintRecorded: (c, w) =>
    `I've recorded your complaint as ticket ${c}; our customer service team reviews every complaint and will get back to you on it. The person who takes your ticket ${w} will see it too.`,
  withdrawn: (ticket) => `OK, I've withdrawn your request for a person (ticket ${ticket} is closed). I'm Carrier Assist again.`,
  whatHappensNext: (ticket, s, team) =>
    `You're number ${s.position} in the queue for a person from our ${team} (ticket ${ticket}); the wait is about ${minutes(s.waitMinutes)}. What happens next: that person takes this conversation, sees everything we've talked about (you don't need to repeat anything), and replies here to sort it out with you. Meanwhile I can still answer questions about your parcels.`,
  waitingWhileClosed: (ticket, opens, team) =>
    `Our ${team} is away right now. Your ticket ${ticket} is kept with everything we've talked about, and a person takes it when we open (${opens}); you don't need to repeat anything. Meanwhile I can still answer questions about your parcels.`,
  teams: { support: 'customer service team', customs: 'customs team', billing: 'billing team', vip: 'VIP team' },
  seenWhileWaiting: (ticket, s) =>
    `Your request for a person is still open (ticket ${ticket}, number ${s.position} in the queue, about ${minutes(s.waitMinutes)}): whoever takes it will see these messages too. Meanwhile I'll answer what I can.`,
  stillWaiting: (ticket, s) => `You're still in the queue (ticket ${ticket}), number ${s.position}; the wait is about ${minutes(s.waitMinutes)}. A person will reply here.`,
  movedUp: (s) => (s.position === 1 ? "You're next in the queue; a person will be with you shortly." : `You're now number ${s.position} in the queue (about ${minutes(s.waitMinutes)}).`),
  agentJoined: (a) => `${a} from customer service has joined the conversation.`,
  transferred: (a) => `Your conversation has been passed to ${a} from customer service.`,
  requeued: (s) => `Your agent had to step away, so you're back in the queue as number ${s.position} (about ${minutes(s.waitMinutes)}).`,
  resolved: (a, ticket) => `${a} has closed this conversation (ticket ${ticket}). I'm Carrier Assist again: ask me anything else about your parcels.`,
  handedBack: (a) => `${a} has handed you back to Carrier Assist, the virtual assistant. Ask me anything else about your parcels.`,
  canned: [
    { id: 'greet', title: 'Greeting', text: "Hello, thanks for waiting. I've read what you told our assistant, so you don't need to repeat anything. Let me look into this." },
    { id: 'checking', title: 'Checking', text: "I'm checking this with the depot now; it may take a few minutes." },
    { id: 'claim', title: 'Claim opened', text: "I've opened a claim for this parcel. You'll get an e-mail with the next steps within one working day." },
    { id: 'customs', title: 'Customs documents', text: 'Customs needs the commercial invoice for this parcel. You can send a photo or PDF of it right here.' },
    { id: 'anything-else', title: 'Anything else?', text: 'Is there anything else I can help you with today?' },
    { id: 'closing', title: 'Closing', text: "Thanks for contacting us. I'll close this conversation now; our assistant is here if you need anything else." },
  ],
};

const zh: HandoffNotices = {
  leadIn: {
    not_understood: '抱歉，我还是没有理解，这就为您转接人工客服。',
    policy: '这个问题需要人工处理，我已请客服人员马上查看。',
  },
  waitPhrase: (n) => String(n),
  about: (p) => `本次转接涉及您的包裹 ${p}，接手的客服会看到它的详细信息。`,
  queued: (ticket, s) =>
    `已为您转交人工客服，工单号 ${ticket}。客服人员会接手本次对话并在这里回复您，无需重复说明。您目前排在第 ${s.position} 位，预计等待约 ${s.waitMinutes} 分钟。`,
  afterHours: (ticket, opens, phone) =>
    `客服团队现在不在工作时间。已为您创建工单 ${ticket}，并记录了您提供的全部信息；${phone ? '我们上班后（' + opens + '）会按您账户上的电话号码回电' : '我们上班后（' + opens + '）会在这里回复您'}，无需重复说明。`,
  askContact: (opens) => `客服团队现在不在工作时间（${opens}上班）。为了即使您关闭对话也能联系到您，请留下您的邮箱或电话号码。`,
  contactAgain: '这看起来不像邮箱或电话号码，请重新输入，例如 name@example.com 或 138 0013 8000。',
  afterHoursContact: (ticket, opens, contact, onFile) =>
    `客服团队现在不在工作时间。已为您创建工单 ${ticket}，并记录了您提供的全部信息；我们上班后（${opens}）会通过${onFile ? '您账户上的' : ''} ${contact} 联系您，无需重复说明。`,
  complaintRecorded: (c, w) => `已将您的投诉登记为工单 ${c}，客服团队会审核每一条投诉并给您答复。接手工单 ${w} 的客服人员也会看到这条投诉。`,
  withdrawn: (ticket) => `好的，已为您取消人工客服请求（工单 ${ticket} 已关闭）。我是智能助手，继续为您服务。`,
  whatHappensNext: (ticket, s, team) =>
    `您正在排队等待${team}的客服人员（工单 ${ticket}），目前第 ${s.position} 位，预计等待约 ${s.waitMinutes} 分钟。接下来：客服人员会接手本次对话，能看到我们之前聊过的全部内容（无需重复说明），并在这里回复您、帮您处理。在此期间，包裹的问题我仍然可以为您解答。`,
  waitingWhileClosed: (ticket, opens, team) =>
    `${team}现在不在工作时间。您的工单 ${ticket} 已保留我们聊过的全部内容，上班后（${opens}）会有客服人员接手，无需重复说明。在此期间，包裹的问题我仍然可以为您解答。`,
  teams: { support: '客服团队', customs: '清关团队', billing: '账单团队', vip: 'VIP 专属团队' },
  seenWhileWaiting: (ticket, s) => `您的人工客服请求仍在排队（工单 ${ticket}，第 ${s.position} 位，预计约 ${s.waitMinutes} 分钟），接手的客服人员也会看到这些消息。在此期间我先尽力为您解答。`,
  stillWaiting: (ticket, s) => `您仍在排队（工单 ${ticket}），目前第 ${s.position} 位，预计等待约 ${s.waitMinutes} 分钟。客服人员会在这里回复您。`,
  movedUp: (s) => (s.position === 1 ? '下一位就是您，客服人员马上就来。' : `您现在排在第 ${s.position} 位（约 ${s.waitMinutes} 分钟）。`),
  agentJoined: (a) => `客服 ${a} 已加入对话。`,
  transferred: (a) => `您的对话已转交给客服 ${a}。`,
  requeued: (s) => `客服暂时离开，您已回到队列，目前第 ${s.position} 位（约 ${s.waitMinutes} 分钟）。`,
  resolved: (a, ticket) => `客服 ${a} 已结束本次对话（工单 ${ticket}）。我是智能助手 Carrier Assist，还有其他包裹问题可以继续问我。`,
  handedBack: (a) => `客服 ${a} 已将对话交回智能助手 Carrier Assist。还有其他包裹问题可以继续问我。`,
  canned: [
    { id: 'greet', title: '问候', text: '您好，感谢您的耐心等待。我已看过您和智能助手的对话，无需重复说明，我这就为您处理。' },
    { id: 'checking', title: '核实中', text: '我正在与网点核实，可能需要几分钟。' },
    { id: 'claim', title: '已提交理赔', text: '已为该包裹提交理赔申请，一个工作日内您会收到邮件告知后续步骤。' },
    { id: 'customs', title: '清关文件', text: '海关需要该包裹的商业发票，您可以直接在这里发送照片或 PDF。' },
    { id: 'anything-else', title: '还有其他问题吗', text: '请问还有其他可以帮您的吗？' },
    { id: 'closing', title: '结束', text: '感谢您的咨询，我将结束本次对话；如有其他需要，智能助手随时为您服务。' },
  ],
};

const es: HandoffNotices = {
  leadIn: {
    not_understood: 'Perdona, sigo sin entenderte, así que te paso con una persona de nuestro equipo.',
    policy: 'Esto necesita a una persona de nuestro equipo, así que le he pedido que lo revise ya.',
  },
  waitPhrase: esperaEs,
  about: (p) => `Se trata de tu paquete ${p}: la persona que te atienda tendrá todos sus datos delante.`,
  queued: (ticket, s) =>
    `He pasado tu consulta a nuestro equipo de atención al cliente: tu número de incidencia es ${ticket}. Una persona continuará esta conversación y te responderá aquí; no hace falta que repitas nada. Eres el número ${s.position} de la cola; la espera es de ${esperaEs(s.waitMinutes)}.`,
  afterHours: (ticket, opens, phone) =>
    `Nuestro equipo de atención al cliente no está disponible ahora. He abierto la incidencia ${ticket} con todo lo que me has contado; ${phone ? 'una persona te llamará al teléfono de tu cuenta' : 'una persona te responderá aquí'} cuando abramos (${opens}). No hace falta que repitas nada.`,
  askContact: (opens) =>
    `Nuestro equipo de atención al cliente no está disponible ahora; abrimos ${opens}. Para que una persona pueda responderte aunque cierres este chat, ¿cuál es tu correo electrónico o tu teléfono?`,
  contactAgain: 'Eso no parece un correo electrónico ni un número de teléfono. Envíame uno, por ejemplo nombre@example.com o +34 612 345 678.',
  afterHoursContact: (ticket, opens, contact, onFile) =>
    `Nuestro equipo de atención al cliente no está disponible ahora. He abierto la incidencia ${ticket} con todo lo que me has contado; una persona te contactará en ${contact}${onFile ? ', el de tu cuenta,' : ''} cuando abramos (${opens}). No hace falta que repitas nada.`,
  complaintRecorded: (c, w) =>
    `He registrado tu queja como la incidencia ${c}; nuestro equipo de atención al cliente revisa cada queja y te responderá. Quien atienda tu incidencia ${w} también la verá.`,
  withdrawn: (ticket) => `De acuerdo, he retirado tu solicitud de hablar con una persona (la incidencia ${ticket} queda cerrada). Vuelvo a atenderte yo, Carrier Assist.`,
  whatHappensNext: (ticket, s, team) =>
    `Eres el número ${s.position} de la cola para una persona de nuestro ${team} (incidencia ${ticket}); la espera es de ${esperaEs(s.waitMinutes)}. Lo que pasa ahora: esa persona continuará esta conversación, verá todo lo que hemos hablado (no hace falta que repitas nada) y te responderá aquí para resolverlo contigo. Mientras tanto, puedo seguir respondiendo preguntas sobre tus paquetes.`,
  waitingWhileClosed: (ticket, opens, team) =>
    `Nuestro ${team} no está disponible ahora. Tu incidencia ${ticket} guarda todo lo que hemos hablado y una persona la atenderá cuando abramos (${opens}); no hace falta que repitas nada. Mientras tanto, puedo seguir respondiendo preguntas sobre tus paquetes.`,
  teams: { support: 'equipo de atención al cliente', customs: 'equipo de aduanas', billing: 'equipo de facturación', vip: 'equipo VIP' },
  seenWhileWaiting: (ticket, s) =>
    `Tu solicitud de hablar con una persona sigue abierta (incidencia ${ticket}, número ${s.position} de la cola, ${esperaEs(s.waitMinutes)}): quien la atienda verá también estos mensajes. Mientras tanto, te respondo yo en lo que pueda.`,
  stillWaiting: (ticket, s) => `Sigues en la cola (incidencia ${ticket}), eres el número ${s.position}; la espera es de ${esperaEs(s.waitMinutes)}. Una persona te responderá aquí.`,
  movedUp: (s) => (s.position === 1 ? 'Eres el siguiente de la cola; una persona te atenderá enseguida.' : `Ahora eres el número ${s.position} de la cola (${esperaEs(s.waitMinutes)}).`),
  agentJoined: (a) => `${a}, de atención al cliente, se ha unido a la conversación.`,
  transferred: (a) => `Tu conversación ha pasado a ${a}, de atención al cliente.`,
  requeued: (s) => `Tu agente ha tenido que ausentarse, así que vuelves a la cola como número ${s.position} (${esperaEs(s.waitMinutes)}).`,
  resolved: (a, ticket) => `${a} ha cerrado esta conversación (incidencia ${ticket}). Vuelvo a ser Carrier Assist: pregúntame lo que necesites sobre tus paquetes.`,
  handedBack: (a) => `${a} te ha devuelto a Carrier Assist, el asistente virtual. Pregúntame lo que necesites sobre tus paquetes.`,
  canned: [
    { id: 'greet', title: 'Saludo', text: 'Hola, gracias por esperar. He leído lo que le contaste a nuestro asistente, así que no hace falta que repitas nada. Lo reviso ahora.' },
    { id: 'checking', title: 'Comprobando', text: 'Lo estoy comprobando con el centro de reparto; puede tardar unos minutos.' },
    { id: 'claim', title: 'Reclamación abierta', text: 'He abierto una reclamación para este paquete. Recibirás un correo con los siguientes pasos en un día laborable.' },
    { id: 'customs', title: 'Documentos de aduanas', text: 'La aduana necesita la factura comercial de este paquete. Puedes enviar una foto o un PDF aquí mismo.' },
    { id: 'anything-else', title: '¿Algo más?', text: '¿Puedo ayudarte en algo más hoy?' },
    { id: 'closing', title: 'Cierre', text: 'Gracias por contactarnos. Cierro esta conversación; nuestro asistente sigue aquí si necesitas algo más.' },
  ],
};

export const HANDOFF_NOTICES: Catalogue<HandoffNotices> = Object.freeze({ en, zh, es });

/** The notices in a language (en when we do not write it). */
export function noticesFor(language: string): HandoffNotices {
  return localized(HANDOFF_NOTICES, language);
}

/** Stand-ins for a place, a wait and a ticket that no notice says otherwise. */
const PLACE_MARK = 987_601;
const WAIT_MARK = 987_602;
const TICKET_MARK = 'CA-987603';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Per notice that says a place in the queue: a regular expression that finds the place and the wait in it, and any wait's pattern. */
let standingShapes: { shape: RegExp; anyWait: string }[] | null = null;

function shapes(): { shape: RegExp; anyWait: string }[] {
  if (standingShapes) return standingShapes;
  standingShapes = [];
  const standing = { position: PLACE_MARK, waitMinutes: WAIT_MARK };
  for (const n of Object.values(HANDOFF_NOTICES)) {
    const waitMark = escapeRegExp(n.waitPhrase(WAIT_MARK));
    // "1 minute" or "12 minutes": the singular may be worded otherwise than the plural.
    const plural = waitMark.replace(String(WAIT_MARK), '\\d+');
    const anyWait = new RegExp(`^(?:${plural})$`).test(n.waitPhrase(1)) ? plural : `${escapeRegExp(n.waitPhrase(1))}|${plural}`;
    for (const text of [n.queued(TICKET_MARK, standing), n.stillWaiting(TICKET_MARK, standing), n.requeued(standing)]) {
      const source = escapeRegExp(text)
        .replace(String(PLACE_MARK), '(?<place>\\d+)')
        .replace(waitMark, `(?<wait>${anyWait})`)
        .replace(escapeRegExp(TICKET_MARK), 'CA-\\d+');
      standingShapes.push({ shape: new RegExp(`^${source}$`, 'd'), anyWait });
    }
  }
  return standingShapes;
}

/**
 * When `text` is a notice of a customer's place in the queue (queued, still waiting, back in the
 * queue; any language), the source of a regular expression that matches it with any other place
 * and wait, and nothing else; otherwise null. A transcript checks these lines with it: a replay has
 * a queue of its own, with its own places and waits.
 */
export function standingPattern(text: string): string | null {
  for (const { shape, anyWait } of shapes()) {
    const m = shape.exec(text);
    const at = m?.indices?.groups;
    if (!at?.['place'] || !at['wait']) continue;
    const [placeStart, placeEnd] = at['place'];
    const [waitStart, waitEnd] = at['wait'];
    return `^${escapeRegExp(text.slice(0, placeStart))}\\d+${escapeRegExp(text.slice(placeEnd, waitStart))}(?:${anyWait})${escapeRegExp(text.slice(waitEnd))}$`;
  }
  return null;
}
