import type { IntentName } from '../../nlu/types.ts';
import { accountNumberFlow } from './accountNumber/accountNumberFlow.ts';
import type { AccountFlow } from './types.ts';
import { vipServiceFlow } from './vipService/vipServiceFlow.ts';

/** The account-level flows by intent. A new flow is a folder under flows/ and one line here. */
export const ACCOUNT_FLOWS: Readonly<Partial<Record<IntentName, AccountFlow>>> = Object.freeze({
  account_number: accountNumberFlow,
  vip_service: vipServiceFlow,
});
