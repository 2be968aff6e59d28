/** The billing flow's answers per locale: invoices (View), payment (Pay), disputes (Dispute). */
import type { Catalogue } from '../../../locale/index.ts';
import type { AccountRole, InvoiceStatus } from '../../../store/records.ts';

export type BillingAction = 'view' | 'pay' | 'dispute';

export interface BillingTexts {
  menu: string;
  /** One choice per action, in the menu's order; each value reads back as that action. */
  menuChoices: Record<BillingAction, { label: string; value: string }>;
  /** What each role lets you do, for refusals: "see the invoices". */
  actionNames: Record<BillingAction, string>;
  /** `holders`: who on the account may do it (they hold the role, or are its admins). */
  needsRole(action: string, role: AccountRole, account: string, admins: string, holders: readonly string[]): string;
  /** A correction named another invoice: the answer starts by saying which one it is now. */
  changedInvoice(number: string, period: string): string;
  /** The message pointed at no invoice shown ("the seventh one" of six, "the overdue one" with none overdue). */
  nothingPointed: string;
  /** "the overdue one" when none of the invoices is overdue. */
  noneOverdue: string;
  alreadyPaid(number: string, paid: string): string;
  /** When one invoice is (was) due, asked right after it was talked about ("when is it due"). */
  dueAnswer(number: string, amount: string, status: InvoiceStatus, due: string, paid: string | null): string;
  /** Who on the account may do an action (`has`: the speaker may too), asked after a refusal ("who can do that for me?"). */
  whoCan(action: string, role: AccountRole, account: string, holders: readonly string[], admins: string, has: boolean): string;
  /** The dispute's status asked while its confirmation still waits: nothing is opened yet. */
  notOpenedYet(number: string): string;
  /** The parcels an invoice billed: those sent in its period (`lines`: the first of them), `count` in all. */
  invoiceParcels(number: string, period: string, count: number, lines: readonly string[]): string;
  parcelLine(trackingNumber: string, from: string, to: string, sent: string): string;
  /** A parcel's charge disputed before any invoice bills it (sent after the newest invoice's period). */
  notInvoicedYet(trackingNumber: string, sent: string): string;
  /** How a dispute goes on: reviewed within 5 working days, answered by e-mail (what `opened` promises). */
  disputeProcess: string;
  listHeader(account: string): string;
  /** To a user who may pay but not view (the Pay role): what is to pay on the account, the only invoices they see. */
  payableHeader(account: string): string;
  /** The invoices still to pay, asked for so ("any unpaid invoices?"). */
  unpaidHeader(account: string): string;
  /** The invoices of a period the customer named ("January's invoice", "la de enero"). */
  periodHeader(account: string, period: string): string;
  /** No invoice covers the period named; the recent ones follow. */
  noneForPeriod(account: string, period: string): string;
  invoiceLine(number: string, period: string, amount: string, state: string): string;
  state(status: InvoiceStatus, due: string, paid: string | null): string;
  outstanding(total: string, overdue: string | null): string;
  nothingOutstanding: string;
  noInvoices(account: string): string;
  payMethods: string;
  /** How long a payment takes to show as paid, by how it is made. */
  paymentTiming: string;
  payLine(number: string, amount: string, state: string, link: string): string;
  nothingToPay(account: string): string;
  /** What was paid on the account in a period (`total` null: nothing), over how many invoices. */
  paidTotal(account: string, period: string, total: string | null, count: number): string;
  notFound(number: string, account: string): string;
  whichInvoice: string;
  pickAgain: string;
  alreadyDisputed(number: string, ticket: string): string;
  askReason(number: string): string;
  reasonTooShort: string;
  confirm(number: string, period: string, amount: string, part: string | null, reason: string): string;
  confirmChoices: { label: string; value: string }[];
  opened(ticket: string, number: string, part: string | null): string;
  cancelled: string;
  /** A payment held back ("don't pay yet"): nothing paid, the invoices stay as they are. */
  notPaid: string;
}

/** "A", "A and B", "A, B and C". */
const listOf = (names: readonly string[], and: string) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`);

export const BILLING_TEXTS: Catalogue<BillingTexts> = Object.freeze({
  en: {
    menu: 'I can show your recent invoices, help you pay one, or open a dispute on an invoice or a charge. What would you like to do?',
    menuChoices: {
      view: { label: 'See invoices', value: 'see invoices' },
      pay: { label: 'Pay an invoice', value: 'pay an invoice' },
      dispute: { label: 'Dispute an invoice', value: 'dispute an invoice' },
    },
    actionNames: { view: 'Seeing the invoices', pay: 'Paying invoices', dispute: 'Disputing an invoice' },
    needsRole: (action, role, account, admins, holders) =>
      `${action} needs the ${role} role on account ${account}, and you don't have it.${holders.length ? ` On this account ${listOf(holders, 'and')} can do it.` : ''} Your account's admins can give it to you: ${admins}.`,
    changedInvoice: (n, period) => `Changed to invoice ${n} (${period}).`,
    nothingPointed: "That isn't one of the invoices I showed.",
    noneOverdue: 'None of these invoices is overdue.',
    dueAnswer: (n, amount, status, due, paid) =>
      ({
        open: `Invoice ${n} (${amount}) is due on ${due}.`,
        overdue: `Invoice ${n} (${amount}) was due on ${due} and is overdue.`,
        paid: `Invoice ${n} (${amount}) was due on ${due}; it was paid${paid ? ` on ${paid}` : ''}.`,
        disputed: `Invoice ${n} (${amount}) was due on ${due}; it is under dispute, so no late fee runs on it.`,
      })[status],
    whoCan: (action, role, account, holders, admins, has) =>
      `${action} on account ${account} needs the ${role} role: ${holders.length ? `${listOf(holders, 'and')} can do it` : 'nobody holds it yet'}.${has ? ' You can too.' : ` Your account's admins can give you the role: ${admins}.`}`,
    disputeProcess:
      "Our billing team reviews a dispute within 5 working days and sends you the answer by e-mail, so you don't need to ask again. While it is under review the invoice is marked disputed and no late fee runs on it; if we agree, the credit appears on your next invoice.",
    notInvoicedYet: (n, sent) =>
      `Parcel ${n} (sent ${sent}) is not on an invoice yet: it will be on the next invoice, issued when its billing period ends. Once that invoice is out, you can dispute its charge here.`,
    invoiceParcels: (n, period, count, lines) =>
      count ? `Invoice ${n} bills the ${count} parcel${count === 1 ? '' : 's'} sent ${period}:\n${lines.join('\n')}${count > lines.length ? `\n… and ${count - lines.length} more.` : ''}` : `Invoice ${n} (${period}) bills no parcel.`,
    parcelLine: (tn, from, to, sent) => `• ${tn} · ${from} → ${to} · sent ${sent}`,
    notOpenedYet: (n) => `The dispute of invoice ${n} is not opened yet: it waits for your yes. Shall I open it?`,
    alreadyPaid: (n, paid) => `Invoice ${n} is already paid (${paid}); there is nothing to pay on it.`,
    listHeader: (account) => `Recent invoices for account ${account}:`,
    unpaidHeader: (account) => `Invoices still to pay on account ${account}:`,
    payableHeader: (account) => `To pay on account ${account} (your Pay role shows the invoices still to pay; the full list needs the View role):`,
    periodHeader: (account, period) => `Invoices of account ${account} for ${period}:`,
    noneForPeriod: (account, period) => `No invoice of account ${account} covers ${period} yet.`,
    invoiceLine: (n, period, amount, state) => `• ${n} · ${period} · ${amount} · ${state}`,
    state: (status, due, paid) =>
      ({ open: `open, due ${due}`, overdue: `overdue since ${due}`, paid: `paid ${paid ?? ''}`.trim(), disputed: 'under dispute' })[status],
    outstanding: (total, overdue) => `Outstanding: ${total}${overdue ? `, of which ${overdue} is overdue` : ''}.`,
    nothingOutstanding: 'Nothing is outstanding.',
    noInvoices: (account) => `There are no invoices on account ${account} yet.`,
    payMethods:
      'You can pay by card or by bank transfer in the payment centre (quote the invoice number as the reference; transfers take 1–3 working days), and you can set up automatic payment there so each invoice is paid on its due date.',
    paymentTiming:
      'A card payment shows as paid at once. A bank transfer takes 1–3 working days to arrive (quote the invoice number as the reference); the invoice shows as paid as soon as it has arrived.',
    payLine: (n, amount, state, link) => `• ${n} · ${amount} · ${state}: ${link}`,
    paidTotal: (account, period, total, count) =>
      total ? `Paid on account ${account} in ${period}: ${total}, over ${count} invoice${count === 1 ? '' : 's'}.` : `Nothing was paid on account ${account} in ${period}.`,
    nothingToPay: (account) => `Nothing is due on account ${account} right now.`,
    notFound: (n, account) => `I can't find invoice ${n} on account ${account}. Please check the number on the invoice.`,
    whichInvoice: 'Which invoice is it about?',
    pickAgain: 'Please pick one of these invoices, or type its number.',
    alreadyDisputed: (n, ticket) => `Invoice ${n} is already under dispute (ticket ${ticket}); our billing team will answer you by e-mail.`,
    askReason: (n) =>
      `What is wrong with invoice ${n}? Tell me in a sentence — for example a charge you don't recognise, a wrong weight, or a parcel charged twice — and the amount if only part of it is wrong.`,
    reasonTooShort: 'Please tell me in a few words what is wrong with the invoice.',
    confirm: (n, period, amount, part, reason) =>
      `I'll open a dispute on invoice ${n} (${period}, ${amount})${part ? ` for ${part} of it` : ''} with the reason: "${reason}". Shall I?`,
    confirmChoices: [
      { label: 'Yes, open it', value: 'yes' },
      { label: 'No', value: 'not now' },
    ],
    opened: (ticket, n, part) =>
      `Done: dispute ${ticket} is open for invoice ${n}${part ? ` (${part} disputed)` : ''}. Our billing team reviews it within 5 working days and answers you by e-mail. While it is under review the invoice is marked disputed and no late fee runs on it; if we agree, the credit appears on your next invoice.`,
    cancelled: "All right, I haven't opened anything.",
    notPaid: 'All right, nothing has been paid: the invoices stay as they are until you pay them.',
  },
  zh: {
    menu: '我可以为您查看最近的账单、帮您付款，或对账单或某笔费用提出异议。您想做什么？',
    menuChoices: {
      view: { label: '查看账单', value: '查看账单' },
      pay: { label: '支付账单', value: '支付账单' },
      dispute: { label: '对账单提出异议', value: '对账单提出异议' },
    },
    actionNames: { view: '查看账单', pay: '支付账单', dispute: '对账单提出异议' },
    needsRole: (action, role, account, admins, holders) =>
      `${action}需要账户 ${account} 的 ${role} 角色，您目前没有该角色。${holders.length ? `该账户中可以办理的是：${holders.join('、')}。` : ''}账户管理员可以为您开通：${admins}。`,
    changedInvoice: (n, period) => `已改为账单 ${n}（${period}）。`,
    nothingPointed: '我列出的账单里没有这一张。',
    noneOverdue: '这些账单都没有逾期。',
    dueAnswer: (n, amount, status, due, paid) =>
      ({
        open: `账单 ${n}（${amount}）${due}到期。`,
        overdue: `账单 ${n}（${amount}）已于${due}到期，目前已逾期。`,
        paid: `账单 ${n}（${amount}）${due}到期，${paid ? `已于${paid}支付` : '已支付'}。`,
        disputed: `账单 ${n}（${amount}）${due}到期；该账单在异议处理中，不会产生滞纳金。`,
      })[status],
    whoCan: (action, role, account, holders, admins, has) =>
      `在账户 ${account} ${action}需要 ${role} 角色：${holders.length ? `${holders.join('、')} 可以办理` : '目前没有人有这个角色'}。${has ? '您自己也可以。' : `账户管理员可以为您开通：${admins}。`}`,
    disputeProcess: '账单团队会在 5 个工作日内审核异议，并通过邮件把结果发给您，您不需要再来询问。审核期间该账单标记为“异议处理中”，不会产生滞纳金；如核实无误，退款将抵扣在您的下一张账单中。',
    notInvoicedYet: (n, sent) => `包裹 ${n}（${sent}寄出）还没有出现在任何账单上：它会计入下一张账单，账单周期结束后开具。账单开出后，您可以在这里对这笔费用提出异议。`,
    invoiceParcels: (n, period, count, lines) =>
      count ? `账单 ${n} 包含${period}寄出的 ${count} 个包裹：\n${lines.join('\n')}${count > lines.length ? `\n……另有 ${count - lines.length} 个。` : ''}` : `账单 ${n}（${period}）没有包含任何包裹。`,
    parcelLine: (tn, from, to, sent) => `• ${tn} · ${from} → ${to} · ${sent}寄出`,
    notOpenedYet: (n) => `账单 ${n} 的异议还没有提交，正等您确认。现在提交吗？`,
    alreadyPaid: (n, paid) => `账单 ${n} 已于${paid}支付，无需再付。`,
    listHeader: (account) => `账户 ${account} 最近的账单：`,
    unpaidHeader: (account) => `账户 ${account} 未付的账单：`,
    payableHeader: (account) => `账户 ${account} 待支付的账单（您的 Pay 角色可以查看待支付的账单；查看全部账单需要 View 角色）：`,
    periodHeader: (account, period) => `账户 ${account} ${period}的账单：`,
    noneForPeriod: (account, period) => `账户 ${account} 还没有涵盖${period}的账单。`,
    invoiceLine: (n, period, amount, state) => `• ${n} · ${period} · ${amount} · ${state}`,
    state: (status, due, paid) =>
      ({ open: `待支付，${due}到期`, overdue: `已逾期（${due}到期）`, paid: `已于${paid ?? ''}支付`, disputed: '异议处理中' })[status],
    outstanding: (total, overdue) => `未付金额：${total}${overdue ? `，其中逾期 ${overdue}` : ''}。`,
    nothingOutstanding: '目前没有未付金额。',
    noInvoices: (account) => `账户 ${account} 还没有账单。`,
    payMethods: '您可以在付款中心用银行卡或银行转账付款（转账请以账单号作为备注，到账需 1–3 个工作日），也可以在那里设置自动付款，账单到期时自动支付。',
    paymentTiming: '银行卡付款会立即显示为已付。银行转账需 1–3 个工作日到账（请以账单号作为备注），到账后账单即显示为已付。',
    payLine: (n, amount, state, link) => `• ${n} · ${amount} · ${state}：${link}`,
    paidTotal: (account, period, total, count) => (total ? `账户 ${account} 在${period}已支付 ${total}，共 ${count} 张账单。` : `账户 ${account} 在${period}没有已支付的账单。`),
    nothingToPay: (account) => `账户 ${account} 目前没有需要支付的账单。`,
    notFound: (n, account) => `在账户 ${account} 中找不到账单 ${n}，请核对账单上的编号。`,
    whichInvoice: '是哪一张账单？',
    pickAgain: '请从这些账单中选择一张，或输入账单号。',
    alreadyDisputed: (n, ticket) => `账单 ${n} 已在异议处理中（工单 ${ticket}），账单团队会通过邮件回复您。`,
    askReason: (n) => `账单 ${n} 有什么问题？请用一句话说明，例如不认识的费用、重量不对或同一个包裹被重复收费；如果只有部分金额有误，也请告诉我金额。`,
    reasonTooShort: '请简单说明账单有什么问题。',
    confirm: (n, period, amount, part, reason) =>
      `我将对账单 ${n}（${period}，${amount}）${part ? `中的 ${part} ` : ''}提出异议，原因：“${reason}”。确认提交吗？`,
    confirmChoices: [
      { label: '确认提交', value: '好的' },
      { label: '不用了', value: '不用了' },
    ],
    opened: (ticket, n, part) =>
      `已提交：账单 ${n} 的异议工单 ${ticket}${part ? `（异议金额 ${part}）` : ''}。账单团队会在 5 个工作日内审核并通过邮件回复您。审核期间该账单标记为“异议处理中”，不会产生滞纳金；如核实无误，退款将抵扣在您的下一张账单中。`,
    cancelled: '好的，我没有提交任何内容。',
    notPaid: '好的，先不付款：没有支付任何账单，账单保持原状，等您付款。',
  },
  es: {
    menu: 'Puedo mostrarte tus últimas facturas, ayudarte a pagar una o abrir una reclamación sobre una factura o un cargo. ¿Qué quieres hacer?',
    menuChoices: {
      view: { label: 'Ver facturas', value: 'ver facturas' },
      pay: { label: 'Pagar una factura', value: 'pagar una factura' },
      dispute: { label: 'Reclamar una factura', value: 'reclamar una factura' },
    },
    actionNames: { view: 'Ver las facturas', pay: 'Pagar facturas', dispute: 'Reclamar una factura' },
    needsRole: (action, role, account, admins, holders) =>
      `${action} requiere el rol ${role} en la cuenta ${account}, y no lo tienes.${holders.length ? ` En esta cuenta ${holders.length === 1 ? 'puede hacerlo' : 'pueden hacerlo'} ${listOf(holders, 'y')}.` : ''} Los admins de tu cuenta pueden dártelo: ${admins}.`,
    changedInvoice: (n, period) => `Cambiado a la factura ${n} (${period}).`,
    nothingPointed: 'Esa no es ninguna de las facturas que te mostré.',
    noneOverdue: 'Ninguna de estas facturas está vencida.',
    dueAnswer: (n, amount, status, due, paid) =>
      ({
        open: `La factura ${n} (${amount}) vence el ${due}.`,
        overdue: `La factura ${n} (${amount}) venció el ${due} y está vencida.`,
        paid: `La factura ${n} (${amount}) vencía el ${due}; está pagada${paid ? ` (el ${paid})` : ''}.`,
        disputed: `La factura ${n} (${amount}) vence el ${due}; está en reclamación, así que no genera recargos por demora.`,
      })[status],
    whoCan: (action, role, account, holders, admins, has) =>
      `${action} en la cuenta ${account} requiere el rol ${role}: ${holders.length ? `${listOf(holders, 'y')} ${holders.length === 1 ? 'puede' : 'pueden'} hacerlo` : 'aún no lo tiene nadie'}.${has ? ' Tú también puedes.' : ` Los admins de tu cuenta pueden dártelo: ${admins}.`}`,
    disputeProcess:
      'Nuestro equipo de facturación revisa cada reclamación en 5 días laborables y te envía la respuesta por correo, así que no hace falta que vuelvas a preguntar. Mientras tanto la factura queda en reclamación y no genera recargos por demora; si te damos la razón, el abono aparecerá en tu próxima factura.',
    notInvoicedYet: (n, sent) =>
      `El envío ${n} (enviado el ${sent}) aún no está en ninguna factura: irá en la próxima factura, que se emite al cerrar su periodo de facturación. Cuando esté emitida, podrás reclamar su cargo aquí.`,
    invoiceParcels: (n, period, count, lines) =>
      count ? `La factura ${n} incluye ${count === 1 ? 'el envío enviado' : `los ${count} envíos enviados`} del ${period}:\n${lines.join('\n')}${count > lines.length ? `\n… y ${count - lines.length} más.` : ''}` : `La factura ${n} (${period}) no incluye ningún envío.`,
    parcelLine: (tn, from, to, sent) => `• ${tn} · ${from} → ${to} · enviado el ${sent}`,
    notOpenedYet: (n) => `La reclamación de la factura ${n} aún no está abierta: espera tu confirmación. ¿La abro?`,
    alreadyPaid: (n, paid) => `La factura ${n} ya está pagada (${paid}); no hay nada que pagar.`,
    listHeader: (account) => `Últimas facturas de la cuenta ${account}:`,
    unpaidHeader: (account) => `Facturas pendientes de pago de la cuenta ${account}:`,
    payableHeader: (account) => `Pendiente de pago en la cuenta ${account} (tu rol Pay muestra las facturas por pagar; la lista completa requiere el rol View):`,
    periodHeader: (account, period) => `Facturas de la cuenta ${account} del periodo ${period}:`,
    noneForPeriod: (account, period) => `Aún no hay ninguna factura de la cuenta ${account} que cubra ${period}.`,
    invoiceLine: (n, period, amount, state) => `• ${n} · ${period} · ${amount} · ${state}`,
    state: (status, due, paid) =>
      ({ open: `pendiente, vence el ${due}`, overdue: `vencida desde el ${due}`, paid: `pagada el ${paid ?? ''}`, disputed: 'en reclamación' })[status],
    outstanding: (total, overdue) => `Pendiente de pago: ${total}${overdue ? `, de los que ${overdue} están vencidos` : ''}.`,
    nothingOutstanding: 'No hay nada pendiente de pago.',
    noInvoices: (account) => `La cuenta ${account} aún no tiene facturas.`,
    payMethods:
      'Puedes pagar con tarjeta o por transferencia bancaria en el centro de pagos (indica el número de factura como referencia; las transferencias tardan de 1 a 3 días laborables), y allí puedes activar el pago automático para que cada factura se pague a su vencimiento.',
    paymentTiming:
      'Un pago con tarjeta aparece como pagado al momento. Una transferencia bancaria tarda de 1 a 3 días laborables en llegar (indica el número de factura como referencia); la factura aparece como pagada en cuanto llega.',
    payLine: (n, amount, state, link) => `• ${n} · ${amount} · ${state}: ${link}`,
    paidTotal: (account, period, total, count) =>
      total ? `Pagado en la cuenta ${account} en ${period}: ${total}, en ${count} factura${count === 1 ? '' : 's'}.` : `No se ha pagado nada en la cuenta ${account} en ${period}.`,
    nothingToPay: (account) => `Ahora mismo no hay nada pendiente en la cuenta ${account}.`,
    notFound: (n, account) => `No encuentro la factura ${n} en la cuenta ${account}. Comprueba el número en la factura.`,
    whichInvoice: '¿De qué factura se trata?',
    pickAgain: 'Elige una de estas facturas o escribe su número.',
    alreadyDisputed: (n, ticket) => `La factura ${n} ya está en reclamación (ticket ${ticket}); nuestro equipo de facturación te responderá por correo.`,
    askReason: (n) =>
      `¿Qué está mal en la factura ${n}? Cuéntamelo en una frase (por ejemplo, un cargo que no reconoces, un peso equivocado o un envío cobrado dos veces) y el importe si solo una parte es incorrecta.`,
    reasonTooShort: 'Cuéntame en pocas palabras qué está mal en la factura.',
    confirm: (n, period, amount, part, reason) =>
      `Abriré una reclamación sobre la factura ${n} (${period}, ${amount})${part ? ` por ${part}` : ''} con el motivo: «${reason}». ¿La abro?`,
    confirmChoices: [
      { label: 'Sí, ábrela', value: 'sí' },
      { label: 'No', value: 'ahora no' },
    ],
    opened: (ticket, n, part) =>
      `Hecho: la reclamación ${ticket} está abierta para la factura ${n}${part ? ` (${part} reclamados)` : ''}. Nuestro equipo de facturación la revisa en 5 días laborables y te responde por correo. Mientras tanto la factura queda en reclamación y no genera recargos por demora; si te damos la razón, el abono aparecerá en tu próxima factura.`,
    cancelled: 'De acuerdo, no he abierto nada.',
    notPaid: 'De acuerdo, no se ha pagado nada: las facturas siguen como están hasta que las pagues.',
  },
});
