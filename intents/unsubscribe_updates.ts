import { defineIntent } from './types.ts';

/** "Stop alerts": the conversation hears no more of the parcel (or of any parcel). */
export const unsubscribeUpdates = defineIntent({
  name: 'unsubscribe_updates',
  description: 'Wants no more alerts about a parcel, or about any parcel.',
  examples: {
    en: [
      'stop',
      'stop alerts',
      'stop the notifications',
      'unsubscribe',
      'no more updates please',
      "don't message me about this parcel anymore",
      'turn off the alerts',
      'cancel the notifications for that parcel',
      "I don't want these alerts",
      'stop sending me updates',
      'mute the delivery alerts',
      'no more notifications thanks',
    ],
    zh: ['退订', '不要再通知我', '取消通知', '别再给我发提醒了', '关闭提醒', '不用再提醒我了', '取消订阅包裹通知', '停止推送', '不要再发物流消息了', '退订包裹的通知'],
    es: [
      'no más avisos',
      'deja de avisarme',
      'cancelar las notificaciones',
      'darme de baja de los avisos',
      'ya no quiero alertas',
      'para las notificaciones',
      'no me mandes más actualizaciones',
      'quita los avisos de este envío',
      'basta de avisos',
      'no quiero más notificaciones',
    ],
  },
  cues: {
    en: ['stop alerts', 'unsubscribe', 'no more updates', 'no more notifications', 'turn off the alerts', 'stop sending'],
    zh: ['退订', '不要再通知', '取消通知', '取消订阅', '停止推送', '不用再提醒'],
    es: ['no más avisos', 'deja de avisarme', 'darme de baja', 'no quiero más notificaciones', 'basta de avisos'],
  },
  slots: ['trackingNumbers'],
  needs: { linkedAccount: false, generalAnswer: false, roles: {} },
});
