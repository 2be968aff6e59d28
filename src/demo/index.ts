/** The demo data generator's public API (see DEMO.md). */
export { DATASET_PARTS, generateDataset, generateDatasetParts, plannedShipments, SHIPMENT_WINDOW_DAYS, type DatasetScale, type GenerateOptions } from './generateDataset.ts';
export { loadDemoDataset, loadPercent, type LoadedCounts, type LoadProgress } from './loadDataset.ts';
export { DEMO_ACCOUNTS, type DemoAccountKey } from './accounts.ts';
export { STORIES, STORY_KEYS, STORY_TRACKING_NUMBERS, storyShipments, type StoryKey, type StoryDefinition } from './story.ts';
export { CITIES, type City } from './cities.ts';
export { SERVICES, type Service } from './services.ts';
