/**
 * The channels the replay runner can drive, one entry each (`--channel all` runs every one). A new
 * channel adds its driver here: its adapter factory and a client for its protocol.
 */
import type { ChannelDriver } from './types.ts';
import { webChatDriver } from './webchat.ts';
import { weChatDriver } from './wechat.ts';
import { whatsAppDriver } from './whatsapp.ts';

export const CHANNEL_DRIVERS: ReadonlyMap<string, ChannelDriver> = new Map([webChatDriver, whatsAppDriver, weChatDriver].map((d) => [d.channel, d]));

/** The driver for a channel name; an error listing the known ones otherwise. */
export function channelDriver(name: string): ChannelDriver {
  const driver = CHANNEL_DRIVERS.get(name);
  if (!driver) throw new Error(`no replay driver for channel "${name}" (known: ${[...CHANNEL_DRIVERS.keys()].join(', ')})`);
  return driver;
}

export type { ChannelDriver, ChannelSession, ClientIdentity, ClientInput } from './types.ts';
