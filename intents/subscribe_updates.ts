import { defineIntent } from './types.ts';

/** "Tell me when it arrives": the conversation hears of the parcel's changes (src/alerts/, README "Proactive alerts"). */
export const subscribeUpdates = defineIntent({
  name: 'subscribe_updates',
  description: 'Wants to be told here when a parcel arrives or anything about it changes.',
  examples: {
    en: [
      'tell me when it arrives',
      'let me know if anything changes',
      'notify me when my parcel is delivered',
      'can you message me when it gets here',
      'send me updates on this parcel',
      'keep me posted on this shipment',
      'alert me if there is a problem with my package',
      'I want delivery notifications for it',
      'ping me when it is out for delivery',
      'subscribe me to updates for that one',
      'give me a heads up when the box lands',
      'update me here if it gets stuck anywhere',
      'please notify me of any change to this delivery',
      "I'd like alerts for this shipment",
      'message me once it has been delivered',
    ],
    zh: [
      '到了告诉我',
      '有变化通知我',
      '包裹到了通知我一下',
      '有什么更新就告诉我',
      '派送的时候提醒我',
      '帮我订阅包裹动态',
      '有异常记得通知我',
      '到货了给我发个消息',
      '物流有变化提醒我',
      '签收了告诉我一声',
    ],
    es: [
      'avísame cuando llegue',
      'avísame si hay algún cambio',
      'notifícame cuando se entregue',
      'quiero recibir avisos de este envío',
      'mándame actualizaciones del paquete',
      'infórmame si hay un problema con el envío',
      'avísame cuando salga a reparto',
      'suscríbeme a las novedades del envío',
      'me avisas cuando llegue el paquete',
      'quiero que me notifiques los cambios',
    ],
  },
  cues: {
    en: ['notify me', 'keep me posted', 'alert me', 'heads up', 'notifications', 'subscribe', 'let me know when'],
    zh: ['通知我', '提醒我', '订阅', '告诉我一声'],
    es: ['avísame', 'notifícame', 'me avisas', 'avisos', 'suscríbeme'],
  },
  // A parcel flow: found like any parcel (number, focus, description), on the speaker's own account.
  slots: ['trackingNumbers', 'accountNumber', 'dateRange', 'origin', 'destination', 'statusHints', 'serviceLevels'],
  needs: { linkedAccount: true, generalAnswer: false, roles: {} },
});
