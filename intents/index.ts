import { accountAccess } from './account_access.ts';
import { accountNumber } from './account_number.ts';
import { billing } from './billing.ts';
import { carbonFootprint } from './carbon_footprint.ts';
import { changeDelivery } from './change_delivery.ts';
import { customsHelp } from './customs_help.ts';
import { damagedPackage } from './damaged_package.ts';
import { goodbye } from './goodbye.ts';
import { greeting } from './greeting.ts';
import { help } from './help.ts';
import { lostOrDelayed } from './lost_or_delayed.ts';
import { outOfScope } from './out_of_scope.ts';
import { talkToAgent } from './talk_to_agent.ts';
import { thanks } from './thanks.ts';
import { subscribeUpdates } from './subscribe_updates.ts';
import { ticketStatus } from './ticket_status.ts';
import { trackShipment } from './track_shipment.ts';
import { unsubscribeUpdates } from './unsubscribe_updates.ts';
import type { IntentDefinition } from './types.ts';
import { vipService } from './vip_service.ts';

export type { IntentDefinition, SlotName } from './types.ts';

/** The catalogue: adding an intent is a new file plus one line here. */
export const INTENTS: readonly IntentDefinition[] = Object.freeze([
  trackShipment,
  lostOrDelayed,
  damagedPackage,
  customsHelp,
  changeDelivery,
  billing,
  accountAccess,
  accountNumber,
  vipService,
  carbonFootprint,
  talkToAgent,
  ticketStatus,
  subscribeUpdates,
  unsubscribeUpdates,
  greeting,
  thanks,
  goodbye,
  help,
  outOfScope,
]);
