#!/usr/bin/env node
// The `carrier-assist` command. The project is TypeScript run directly: tsx registers its loader,
// then the CLI (src/cli.ts) takes over.
import { register } from 'tsx/esm/api';

register();
if (process.argv[2] === 'serve') {
  // The young generation does not grow while the server loads and starts (src/server/heapPolicy.ts);
  // imported through tsx, so its loader thread is up and V8's reset of the factor for it is past.
  const { keepYoungGenerationSmall } = await import('./server/heapPolicy.ts');
  keepYoungGenerationSmall();
}
const { main } = await import('./cli.ts');
const code = await main(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
