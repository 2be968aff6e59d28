import type { Catalogue } from '../../../locale/index.ts';

/** The VIP programme's answers per locale, with the price tiers as the customer-service article states them. */
export interface VipTexts {
  programme: string;
  tiers: string;
  alreadyVip(accountName: string): string;
  yourTier(accountName: string, spend: string, fee: string): string;
  offer: string;
  offerChoices: { label: string; value: string }[];
  notEligible(threshold: string): string;
  requested(ticket: string): string;
  declined: string;
  adminOnly(admins: string): string;
  /** After the programme's terms, to an anonymous customer: linking shows their own tier and lets them apply. */
  linkToSeeYours: string;
  free: string;
  /** An amount of US dollars, written the local way. */
  usd(amount: string): string;
  /** To a member: what the programme gives them (seed 002: manager 24/7, priority handling, quarterly report, 10% off freight). */
  memberBenefits(accountName: string): string;
  /** To a member asking who their manager is: not named in this chat; the priority line and a person here instead. */
  managerNotNamed(phone: string): string;
  /** To a member asking for their held parcels to go first: priority handling, offered as a handoff now. */
  priorityOffer: string;
  /** Choices after the two above: a person here (the VIP queue goes first). */
  personChoices: { label: string; value: string }[];
}

export const VIP_TEXTS: Catalogue<VipTexts> = Object.freeze({
  en: {
    programme:
      'Our enterprise programme gives businesses shipping over 5 million USD a year a dedicated account manager around the clock, priority handling and a quarterly logistics optimisation report.',
    tiers:
      'The yearly fee depends on your annual shipping spend: under 5 million USD, 12,000 USD; 5–10 million USD, 25,000 USD; over 10 million USD, free. Accounts that meet their volume six months in a row also get 10% off freight.',
    alreadyVip: (name) => `${name} is already in the enterprise programme: your dedicated account manager is your first contact for anything you need.`,
    yourTier: (name, spend, fee) => `${name} ships about ${spend} USD a year, so its yearly fee would be ${fee}.`,
    offer: 'Shall I open a request for an account manager to contact you? They reply within 3 working days.',
    offerChoices: [
      { label: 'Yes, please', value: 'yes' },
      { label: 'Not now', value: 'not now' },
    ],
    notEligible: (threshold) => `The dedicated account manager starts at ${threshold} USD of annual shipping; I will let you know if your volume gets there.`,
    requested: (ticket) => `Done: request ${ticket} is with our enterprise team, and an account manager will contact you within 3 working days.`,
    declined: 'No problem — just ask me whenever you want to apply.',
    adminOnly: (admins) => `Only an Admin of the account can apply for the programme. Your account's admins: ${admins}.`,
    linkToSeeYours: "To see your account's fee or to apply, link this chat to your account: what is the e-mail address on your account? I'll send a 6-digit code to it.",
    free: 'free',
    usd: (a) => `${a} USD`,
    memberBenefits: (name) =>
      `As an enterprise member, ${name} gets: a dedicated account manager around the clock (7×24), priority handling of your parcels and requests (held parcels and your tickets go first), a quarterly logistics optimisation report, and 10% off freight when you meet your volume six months in a row.`,
    managerNotNamed: (phone) =>
      `Your dedicated account manager isn't named in this chat, so I can't tell you who it is. For anything urgent, call the priority line ${phone} (24 hours a day), or I can pass you to our VIP team right here — VIP conversations are answered first.`,
    priorityOffer:
      'Yes — as an enterprise member your held parcels get priority handling. I can pass them to our VIP team right now; VIP conversations are answered first, with everything we have talked about.',
    personChoices: [{ label: 'Pass me to the VIP team', value: 'I want to talk to a person' }],
  },
  zh: {
    programme: '年物流额超过 500 万美元的企业客户可享受“企业物流管家”服务：7×24 小时专属客户经理、优先处理权和季度物流方案优化报告。',
    tiers: '年服务费按年物流额阶梯定价：500 万美元以下 1.2 万美元；500 万至 1000 万美元 2.5 万美元；1000 万美元以上免费。连续 6 个月物流额达标的企业还可获赠 10% 运费折扣。',
    alreadyVip: (name) => `${name} 已是企业 VIP 客户，您的专属客户经理会优先为您处理任何需求。`,
    yourTier: (name, spend, fee) => `${name} 的年物流额约为 ${spend} 美元，对应的年服务费为 ${fee}。`,
    offer: '需要我为您提交申请，由客户经理与您联系吗？客户经理会在 3 个工作日内联系您。',
    offerChoices: [
      { label: '需要', value: '需要' },
      { label: '暂时不用', value: '不用了' },
    ],
    notEligible: (threshold) => `专属客户经理服务适用于年物流额 ${threshold} 美元以上的企业，达标后我会提醒您。`,
    requested: (ticket) => `已提交申请 ${ticket}，企业客户团队的客户经理会在 3 个工作日内与您联系。`,
    declined: '好的，需要申请时随时告诉我。',
    adminOnly: (admins) => `只有账户管理员（Admin）可以申请该服务。您账户的管理员：${admins}。`,
    linkToSeeYours: '如需查看您账户的费用或提交申请，请先将本聊天绑定到您的账户：请告诉我账户登记的电子邮箱，我会发送 6 位验证码。',
    free: '免费',
    usd: (a) => `${a} 美元`,
    memberBenefits: (name) =>
      `${name} 作为企业 VIP 客户享有：7×24 小时专属客户经理、包裹和请求的优先处理权（被扣包裹和工单优先处理）、季度物流方案优化报告，以及连续 6 个月物流额达标可获赠 10% 运费折扣。`,
    managerNotNamed: (phone) => `在这个聊天里看不到您专属客户经理的姓名，所以无法告诉您是谁。如有急事，请拨打优先服务热线 ${phone}（24 小时），或者我可以直接在这里为您转接 VIP 团队，VIP 对话优先接待。`,
    priorityOffer: '可以。作为企业 VIP 客户，您被扣留的包裹享有优先处理权。我现在就可以把它们转给 VIP 团队处理，VIP 对话优先接待，之前聊过的内容都会一并转过去。',
    personChoices: [{ label: '转接 VIP 团队', value: '转人工' }],
  },
  es: {
    programme:
      'Nuestro programa empresarial ofrece a las empresas que envían más de 5 millones de USD al año un gestor de cuenta dedicado 24/7, prioridad en la gestión y un informe trimestral de optimización logística.',
    tiers:
      'La cuota anual depende del gasto anual en envíos: menos de 5 millones de USD, 12.000 USD; de 5 a 10 millones, 25.000 USD; más de 10 millones, gratis. Las cuentas que cumplen su volumen seis meses seguidos obtienen además un 10 % de descuento en portes.',
    alreadyVip: (name) => `${name} ya forma parte del programa empresarial: tu gestor de cuenta dedicado es tu primer contacto para lo que necesites.`,
    yourTier: (name, spend, fee) => `${name} envía unos ${spend} USD al año, así que su cuota anual sería ${fee}.`,
    offer: '¿Abro una solicitud para que un gestor de cuenta se ponga en contacto contigo? Responden en 3 días laborables.',
    offerChoices: [
      { label: 'Sí, por favor', value: 'sí' },
      { label: 'Ahora no', value: 'ahora no' },
    ],
    notEligible: (threshold) => `El gestor de cuenta dedicado empieza a partir de ${threshold} USD de envíos al año; te avisaré si tu volumen llega.`,
    requested: (ticket) => `Hecho: la solicitud ${ticket} está con nuestro equipo empresarial y un gestor de cuenta te contactará en 3 días laborables.`,
    declined: 'Sin problema: pídemelo cuando quieras solicitarlo.',
    adminOnly: (admins) => `Solo un Admin de la cuenta puede solicitar el programa. Los admins de tu cuenta: ${admins}.`,
    linkToSeeYours: 'Para ver la cuota de tu cuenta o solicitarlo, vincula este chat a tu cuenta: ¿cuál es el correo electrónico de tu cuenta? Te enviaré un código de 6 dígitos.',
    free: 'gratis',
    usd: (a) => `${a} USD`,
    memberBenefits: (name) =>
      `Como cliente del programa empresarial, ${name} tiene: un gestor de cuenta dedicado 24/7, prioridad en la gestión de tus paquetes y solicitudes (los paquetes retenidos y tus incidencias van primero), un informe trimestral de optimización logística y un 10 % de descuento en portes si cumples tu volumen seis meses seguidos.`,
    managerNotNamed: (phone) =>
      `El nombre de tu gestor de cuenta dedicado no aparece en este chat, así que no puedo decirte quién es. Para algo urgente, llama a la línea prioritaria ${phone} (24 horas) o te paso ahora mismo con nuestro equipo VIP: las conversaciones VIP se atienden primero.`,
    priorityOffer:
      'Sí: como cliente del programa empresarial, tus paquetes retenidos tienen prioridad. Puedo pasarlos ahora mismo a nuestro equipo VIP; las conversaciones VIP se atienden primero, con todo lo que hemos hablado.',
    personChoices: [{ label: 'Pásame con el equipo VIP', value: 'quiero hablar con una persona' }],
  },
});
