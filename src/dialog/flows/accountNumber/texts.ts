import type { Catalogue } from '../../../locale/index.ts';

/** The account-number answers, per locale (from the UPS glossary entry on account numbers). */
export interface AccountNumberTexts {
  whatItIs: string;
  whereToFind: string;
  yours(list: string): string;
  accountLine(number: string, name: string, roles: string): string;
  linkToSee: string;
  /** A linked user who is a user of no account. */
  noAccounts: string;
}

export const ACCOUNT_NUMBER_TEXTS: Catalogue<AccountNumberTexts> = Object.freeze({
  en: {
    whatItIs:
      'Your account number is the 6-character code (letters and digits) that identifies your business with us. It links your shipments, invoices and negotiated rates, and it decides who may see your shipping and billing details — so keep it to your team.',
    whereToFind:
      'You find it on every invoice, on your shipping labels and receipts (the 6 characters after "1Z" in your tracking numbers), and in your account settings once you sign in.',
    yours: (list) => `The accounts you are a user of:\n${list}`,
    accountLine: (n, name, roles) => `• ${n} — ${name} (your roles: ${roles})`,
    linkToSee: 'Link this chat to your account and I can show you the account numbers you belong to.',
    noAccounts: "Your login is not a user of any account yet, so there is no account number of yours to show: an Admin of your company's account can add you in the Billing Center (Administration › Manage Users).",
  },
  zh: {
    whatItIs:
      '账户号码是由 6 位字母和数字组成的唯一识别码，用于管理您的发货、账单和协议运价，也决定谁可以查看您的发货和账单信息——请只在您的团队内部使用。',
    whereToFind: '您可以在每张账单、运单和收据上找到它（运单号“1Z”后面的 6 位字符），登录后也可以在账户设置中查看。',
    yours: (list) => `您所属的账户：\n${list}`,
    accountLine: (n, name, roles) => `• ${n} — ${name}（您的角色：${roles}）`,
    linkToSee: '将本聊天绑定到您的账户后，我可以告诉您所属的账户号码。',
    noAccounts: '您的登录目前还不是任何账户的用户，所以没有可以显示的账户号码：贵公司账户的管理员可以在账单中心为您添加（管理 › 管理用户）。',
  },
  es: {
    whatItIs:
      'El número de cuenta es el código de 6 caracteres (letras y dígitos) que identifica a tu empresa con nosotros. Une tus envíos, facturas y tarifas negociadas, y decide quién puede ver tus datos de envío y facturación: compártelo solo con tu equipo.',
    whereToFind:
      'Lo encontrarás en cada factura, en tus etiquetas y recibos de envío (los 6 caracteres tras "1Z" en tus números de seguimiento) y en la configuración de tu cuenta al iniciar sesión.',
    yours: (list) => `Las cuentas de las que eres usuario:\n${list}`,
    accountLine: (n, name, roles) => `• ${n} — ${name} (tus roles: ${roles})`,
    linkToSee: 'Vincula este chat a tu cuenta y te diré los números de cuenta a los que perteneces.',
    noAccounts: 'Tu acceso todavía no es usuario de ninguna cuenta, así que no hay ningún número de cuenta tuyo que mostrar: un Admin de la cuenta de tu empresa puede añadirte en el Billing Center (Administración › Gestionar usuarios).',
  },
});
