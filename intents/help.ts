import { defineIntent } from './types.ts';

export const help = defineIntent({
  name: 'help',
  description: 'What the assistant can do; how to use it.',
  examples: {
    en: ['help', 'what can you do', 'how does this work', 'what can I ask you', 'menu', 'options', 'I need help', 'show me what you can do', 'how do I use this chat', 'what are my options', 'commands'],
    zh: ['帮助', '你能做什么', '你会什么', '怎么用', '有什么功能', '菜单', '我需要帮助', '能帮我什么'],
    es: [
      'en qué me puedes ayudar',
      'qué sabes hacer',
      'qué cosas te puedo preguntar',
      'ayuda', 'qué puedes hacer', 'cómo funciona esto', 'necesito ayuda', 'menú', 'opciones',
    ],
  },
  cues: {
    en: ['help', 'what can you do', 'how does this work', 'menu', 'options'],
    zh: ['帮助', '你能做什么', '功能', '菜单', '怎么用'],
    es: ['ayuda', 'qué puedes hacer', 'menú', 'opciones'],
  },
  slots: [],
  needs: { linkedAccount: false, generalAnswer: false, roles: {} },
});
