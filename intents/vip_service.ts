import { defineIntent } from './types.ts';

export const vipService = defineIntent({
  name: 'vip_service',
  description: 'Premium / VIP / dedicated account manager service for business customers.',
  examples: {
    en: [
      'do you have a VIP service',
      'I want a dedicated account manager',
      'how do I become a premium customer',
      'what does the VIP program cost',
      'priority support for business accounts',
      'sign us up for enterprise service',
      'benefits of the VIP plan',
      'we ship a lot, can we get special rates and a personal manager',
      'is there a gold tier',
      'upgrade to premium support',
      'am I eligible for VIP',
      'exclusive service for big shippers',
    ],
    zh: [
      '怎么申请VIP服务',
      '我想要专属客户经理',
      'VIP年费多少钱',
      '企业客户有什么专属权益',
      '怎么升级成高级会员',
      '大客户有优先处理吗',
      '专属客服怎么开通',
      'VIP有什么好处',
      '我们公司发货量大，有没有专人服务',
    ],
    es: [
      'tienen servicio VIP',
      'quiero un gestor de cuenta dedicado',
      'cuánto cuesta el programa premium',
      'cómo me hago cliente preferente',
      'beneficios del servicio VIP',
    ],
  },
  cues: {
    en: ['vip', 'premium', 'dedicated account manager', 'account manager', 'enterprise', 'gold tier', 'priority support'],
    zh: ['vip', '专属', '客户经理', '高级会员', '大客户', '企业客户'],
    es: ['vip', 'premium', 'gestor de cuenta', 'cliente preferente'],
  },
  slots: ['accountNumber'],
  needs: { linkedAccount: true, generalAnswer: true, roles: { request: 'Admin' } },
});
