import { defineIntent } from './types.ts';

export const thanks = defineIntent({
  name: 'thanks',
  description: 'Thank you.',
  examples: {
    en: ['thanks', 'thank you', 'thx', 'thank you so much', 'great thanks', 'cheers', 'ty', 'thanks a lot', 'perfect, thank you', 'appreciate it', 'that helped, thanks'],
    zh: ['谢谢', '多谢', '谢了', '感谢', '非常感谢', '好的谢谢', '3q', '谢谢你', '辛苦了'],
    es: ['gracias', 'muchas gracias', 'mil gracias', 'te lo agradezco', 'perfecto, gracias'],
  },
  cues: {
    en: ['thanks', 'thank you', 'thx', 'cheers', 'appreciate'],
    zh: ['谢谢', '多谢', '感谢', '谢了', '辛苦'],
    es: ['gracias', 'agradezco'],
  },
  slots: [],
  needs: { linkedAccount: false, generalAnswer: false, roles: {} },
});
