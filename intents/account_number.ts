import { defineIntent } from './types.ts';

export const accountNumber = defineIntent({
  name: 'account_number',
  description: 'What the account number is, where to find it, or the customer giving theirs.',
  examples: {
    en: [
      'what is my account number',
      'where do I find my UPS account number',
      'my account number is A1B2C3',
      'account 4X7Y9Z',
      'here is my account no: 12AB34',
      'I dont know my account number',
      'which account number is on my invoice',
      'shipper number lookup',
      'can you tell me my customer number',
      'how many digits is the account number',
      'acct # 9K8J7H',
      'forgot my account number',
      'my shipper number is 7R6T5Y',
    ],
    zh: [
      '我的账号是多少',
      '在哪里找账户号码',
      '我的账号是A1B2C3',
      '客户号忘了',
      '账号 4X7Y9Z',
      '怎么查我的寄件人编号',
      '我不知道我的账户号',
      '帐号是几位数',
    ],
    es: [
      'cuál es mi número de cuenta',
      'dónde encuentro mi número de cuenta',
      'mi número de cuenta es A1B2C3',
      'no sé mi número de cuenta',
    ],
  },
  cues: {
    en: ['account number', 'account no', 'acct', 'shipper number', 'customer number'],
    zh: ['账号', '账户号', '客户号', '帐号', '寄件人编号'],
    es: ['número de cuenta', 'numero de cuenta'],
  },
  slots: ['accountNumber'],
  needs: { linkedAccount: false, generalAnswer: true, roles: {} },
});
