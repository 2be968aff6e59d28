/**
 * The channel port, as the adapters here implement it. The core declares it (src/channels/channelAdapter.ts),
 * so src/ never imports adapters/: this file only re-exports it for the adapters' own imports.
 */
export type { AdapterContext, AdapterFactory, ChannelAdapter } from '../src/channels/channelAdapter.ts';
