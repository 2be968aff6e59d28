/**
 * The channels the replay runner can drive, one driver each (`--channel all` runs every one). The
 * drivers live beside their adapters (adapters/<channel>/replayDriver.ts) and the composition root
 * passes them in (adapters/registry.ts REPLAY_DRIVERS): src/ knows no channel.
 */
import type { ChannelDriver } from './channelDriver.ts';

/**
 * Where the replay gets its drivers: the list, in `--channel all` order, and the URL of the module
 * that exports this same object as `REPLAY_DRIVERS`, which each replay worker thread imports (a
 * driver holds functions, which do not cross threads).
 */
export interface ReplayDriverSource {
  readonly drivers: readonly ChannelDriver[];
  readonly moduleUrl: string;
}

/** The drivers of a source by channel name. */
export class ChannelDrivers {
  private readonly byChannel: ReadonlyMap<string, ChannelDriver>;

  constructor(readonly source: ReplayDriverSource) {
    this.byChannel = new Map(source.drivers.map((d) => [d.channel, d]));
  }

  /** The channel names, in the source's order. */
  get channels(): string[] {
    return [...this.byChannel.keys()];
  }

  has(channel: string): boolean {
    return this.byChannel.has(channel);
  }

  /** The driver for a channel name; an error listing the known ones otherwise. */
  get(channel: string): ChannelDriver {
    const driver = this.byChannel.get(channel);
    if (!driver) throw new Error(`no replay driver for channel "${channel}" (known: ${this.channels.join(', ')})`);
    return driver;
  }
}

/** Loads a source from its module (what a worker thread does with `moduleUrl`). */
export async function importReplayDrivers(moduleUrl: string): Promise<ReplayDriverSource> {
  const loaded = (await import(moduleUrl)) as { REPLAY_DRIVERS?: ReplayDriverSource };
  if (!loaded.REPLAY_DRIVERS?.drivers) throw new Error(`${moduleUrl} exports no REPLAY_DRIVERS`);
  return loaded.REPLAY_DRIVERS;
}

export type { ChannelDriver, ChannelSession, ClientIdentity, ClientInput } from './channelDriver.ts';
