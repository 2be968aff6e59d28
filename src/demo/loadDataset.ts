/**
 * Loads the demo data set into a store part by part (generateDatasetParts): one part in memory at a
 * time, all parts in one transaction, and a count after each part is written, for progress reports.
 */
import type { DatasetPart } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { generateDatasetParts, plannedShipments, type GenerateOptions } from './generateDataset.ts';

/** What a load has written so far (all of it once it is done). */
export interface LoadedCounts {
  accounts: number;
  users: number;
  shipments: number;
  events: number;
}

/** A load's progress: shipments written, of how many the scale plans. */
export interface LoadProgress {
  shipments: number;
  planned: number;
}

/** Whole percent of a load, 100 only once every planned shipment is in (a few may be skipped: then at the end). */
export function loadPercent(progress: LoadProgress): number {
  return Math.min(100, Math.floor((progress.shipments / Math.max(1, progress.planned)) * 100));
}

/**
 * Generates the demo data set for `options` into `store` (which must be empty); `onProgress` hears of
 * each part once it is written. Resolves with what was loaded.
 */
export async function loadDemoDataset(store: Store, options: GenerateOptions, onProgress: (progress: LoadProgress) => void = () => {}): Promise<LoadedCounts> {
  const loaded: LoadedCounts = { accounts: 0, users: 0, shipments: 0, events: 0 };
  const planned = plannedShipments(options.scale);
  function* counted(parts: Iterable<DatasetPart>): Generator<DatasetPart> {
    for (const part of parts) {
      yield part;
      // Back here when the store asks for the next part: this one is written.
      loaded.accounts += part.accounts?.length ?? 0;
      loaded.users += part.users?.length ?? 0;
      loaded.shipments += part.shipments?.length ?? 0;
      loaded.events += part.events?.length ?? 0;
      if (part.shipments?.length) onProgress({ shipments: loaded.shipments, planned });
    }
  }
  await store.importDatasetParts(counted(generateDatasetParts(options)));
  return loaded;
}
