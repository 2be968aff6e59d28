/** The invitation e-mail a user gets when an Admin adds them to an account in the chat, in the user's language. */
import { localized, type Catalogue } from '../../../locale/index.ts';
import type { NewOutboxMessage } from '../../../store/records.ts';

export interface InvitationFacts {
  name: string;
  email: string;
  accountNumber: string;
  accountName: string;
  roles: string;
  invitedBy: string;
  /** The user is new to us and has no login yet. */
  isNew: boolean;
}

export const INVITATIONS: Catalogue<{ subject(f: InvitationFacts): string; body(f: InvitationFacts): string }> = Object.freeze({
  en: {
    subject: (f) => `You have access to account ${f.accountNumber}`,
    body: (f) =>
      [
        `Hello ${f.name},`,
        '',
        `${f.invitedBy} has given you access to account ${f.accountNumber} (${f.accountName}) with these roles: ${f.roles}.`,
        '',
        f.isNew
          ? `To sign in, create your login with this address (${f.email}) on the sign-in page ("Create a username") and enter the code we e-mail you. In our chat, give this address to link the chat to your user.`
          : `Sign in as usual, or give this address (${f.email}) in our chat to link it to your user.`,
        '',
        'If you did not expect this, tell us by replying to this e-mail.',
        '',
        'Carrier Assist',
      ].join('\n'),
  },
  zh: {
    subject: (f) => `您已获得账户 ${f.accountNumber} 的访问权限`,
    body: (f) =>
      [
        `${f.name}，您好：`,
        '',
        `${f.invitedBy} 已为您开通账户 ${f.accountNumber}（${f.accountName}）的访问权限，角色：${f.roles}。`,
        '',
        f.isNew
          ? `请在登录页点击“创建用户名”，用此邮箱（${f.email}）创建登录名并输入邮件中的验证码。在聊天中输入此邮箱即可将聊天绑定到您的用户。`
          : `您可以照常登录，也可以在聊天中输入此邮箱（${f.email}）将聊天绑定到您的用户。`,
        '',
        '如果这不是您预期的邮件，请直接回复告诉我们。',
        '',
        'Carrier Assist',
      ].join('\n'),
  },
  es: {
    subject: (f) => `Tienes acceso a la cuenta ${f.accountNumber}`,
    body: (f) =>
      [
        `Hola, ${f.name}:`,
        '',
        `${f.invitedBy} te ha dado acceso a la cuenta ${f.accountNumber} (${f.accountName}) con estos roles: ${f.roles}.`,
        '',
        f.isNew
          ? `Para entrar, crea tu acceso con esta dirección (${f.email}) en la página de inicio de sesión («Crear un nombre de usuario») e introduce el código que te enviamos. En nuestro chat, indica esta dirección para vincularlo a tu usuario.`
          : `Entra como siempre, o indica esta dirección (${f.email}) en nuestro chat para vincularlo a tu usuario.`,
        '',
        'Si no esperabas este correo, dínoslo respondiendo a este mensaje.',
        '',
        'Carrier Assist',
      ].join('\n'),
  },
});

/** The invitation in `locale` ("zh-CN" and "zh" alike; English when the language is not served). */
export function invitationMail(facts: InvitationFacts, locale: string): NewOutboxMessage {
  const texts = localized(INVITATIONS, locale);
  return { toAddress: facts.email, subject: texts.subject(facts), bodyText: texts.body(facts) };
}
