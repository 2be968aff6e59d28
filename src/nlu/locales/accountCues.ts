/** Words that announce an account number, all languages (the number is language-neutral). */
export const ACCOUNT_CUES: readonly string[] = [
  'account', 'acct', 'acc no', 'a/c', 'shipper number', 'shipper no', 'customer number', 'customer no',
  '账号', '账户', '帐号', '帐户', '户号', '客户号', '客户编号', '寄件人编号', '托运人编号',
  'cuenta', 'número de cliente', 'numero de cliente',
];
