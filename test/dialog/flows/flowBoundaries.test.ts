import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const FLOWS = resolve(import.meta.dirname, '../../../src/dialog/flows');
/** Folders every flow may use; every other folder under flows/ is one flow's own. */
const SHARED = new Set(['shared']);

const flowFolders = readdirSync(FLOWS, { withFileTypes: true }).filter((d) => d.isDirectory() && !SHARED.has(d.name)).map((d) => d.name);

/** The flow folder (or shared folder) a relative import of `file` lands in, or null when it leaves flows/ or stays at its top. */
function flowFolderOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = relative(FLOWS, resolve(dirname(file), specifier));
  if (target.startsWith('..')) return null;
  const parts = target.split(/[\\/]/);
  return parts.length > 1 ? parts[0]! : null;
}

/** Flow folders a file imports from, other than its own and the shared ones. */
function foreignFlowImports(file: string, source: string, ownFolder: string): string[] {
  const specifiers = [...source.matchAll(/^(?:import|export)\b[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
  return specifiers.filter((s) => {
    const folder = flowFolderOf(file, s);
    return folder !== null && folder !== ownFolder && !SHARED.has(folder);
  });
}

describe('flows import shared helpers, never each other', () => {
  test.each(flowFolders)('should keep flows/%s to its own folder, flows/shared and the dialog', (folder) => {
    const dir = join(FLOWS, folder);
    const found = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => foreignFlowImports(join(dir, f), readFileSync(join(dir, f), 'utf8'), folder).map((s) => `${f}: ${s}`));
    expect(found).toEqual([]);
  });

  test.each([
    ['another flow', "import { adminNames } from '../vipService/vipServiceFlow.ts';", ['../vipService/vipServiceFlow.ts']],
    ['another flow, type only', "import type { CustomsTexts } from '../customsHelp/texts.ts';", ['../customsHelp/texts.ts']],
    ['a shared helper', "import { adminNames } from '../shared/adminNames.ts';", []],
    ['its own folder', "import { BILLING_TEXTS } from './texts.ts';", []],
    ['the dialog and the rest of src', "import { textsFor } from '../../texts/index.ts';\nimport { localized } from '../../../locale/index.ts';", []],
  ])('should tell an import of %s', (_, source, expected) => {
    expect(foreignFlowImports(join(FLOWS, 'billing', 'billingFlow.ts'), source, 'billing')).toEqual(expected);
  });
});
