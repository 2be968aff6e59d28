#!/usr/bin/env node
// The `carrier-assist` command. The project is TypeScript run directly: tsx registers its loader,
// then the CLI (src/cli.ts) takes over.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
const code = await main(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
