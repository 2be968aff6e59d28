// A replay worker thread. The project is TypeScript run directly, so, as src/bin.js does, register
// tsx's loader in this thread before loading the worker's TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./workerMain.ts');
