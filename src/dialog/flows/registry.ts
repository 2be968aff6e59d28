import type { IntentName } from '../../nlu/types.ts';
import { accountAccessFlow } from './accountAccess/accountAccessFlow.ts';
import { accountNumberFlow } from './accountNumber/accountNumberFlow.ts';
import { billingFlow } from './billing/billingFlow.ts';
import { carbonFootprintFlow } from './carbonFootprint/carbonFootprintFlow.ts';
import { changeDeliveryFlow } from './changeDelivery/changeDeliveryFlow.ts';
import { customsHelpFlow } from './customsHelp/customsHelpFlow.ts';
import { damagedPackageFlow } from './damagedPackage/damagedPackageFlow.ts';
import { lostOrDelayedFlow } from './lostOrDelayed.ts';
import { subscribeFlow } from './parcelAlerts/subscribeFlow.ts';
import type { AccountFlow, ParcelFlow } from './types.ts';
import { vipServiceFlow } from './vipService/vipServiceFlow.ts';

/** The account-level flows by intent. A new flow is a folder under flows/ and one line here. */
export const ACCOUNT_FLOWS: Readonly<Partial<Record<IntentName, AccountFlow>>> = Object.freeze({
  account_access: accountAccessFlow,
  account_number: accountNumberFlow,
  billing: billingFlow,
  carbon_footprint: carbonFootprintFlow,
  vip_service: vipServiceFlow,
});

/** The parcel flows by intent: the parcel is found first (number, description, choice), then the flow acts. */
export const PARCEL_FLOWS: Readonly<Partial<Record<IntentName, ParcelFlow>>> = Object.freeze({
  lost_or_delayed: lostOrDelayedFlow,
  customs_help: customsHelpFlow,
  change_delivery: changeDeliveryFlow,
  damaged_package: damagedPackageFlow,
  subscribe_updates: subscribeFlow,
});
