import type { MailTexts } from './types.ts';

export const zh: MailTexts = {
  verificationSubject: (f) => `您的 Carrier Assist 验证码：${f.code}`,
  verificationBody: (f) =>
    [
      `${f.name}，您好：`,
      '',
      `您的验证码是 ${f.code}。`,
      '',
      `请在聊天窗口中输入此验证码，将本次对话关联到您的账户。验证码 ${f.validMinutes} 分钟内有效，仅可使用一次。`,
      '',
      '如果这不是您本人的操作，请忽略此邮件：没有验证码，任何设置都不会改变。我们绝不会通过电话或邮件向您索要验证码。',
      '',
      'Carrier Assist',
    ].join('\n'),
};
