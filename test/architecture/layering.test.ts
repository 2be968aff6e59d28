/**
 * Rooms with doors: src/ imports no adapter and nothing of test/ (but the composition roots), and no
 * two rooms of src/ import each other; every dependency between rooms is declared once, with its
 * reason (rooms.ts). The checker is shown to fail on planted violations, then run on the house.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkLayering, importsOf, nodeOf, readImportGraph, sourceFiles, type ImportEdge, type LayeringRules, type Violation } from './importGraph.ts';
import { LAYERING } from './rooms.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A small house: dialog reads nlu, the CLI is the composition root. */
const RULES: LayeringRules = {
  compositionRoots: [['src/cli.ts', 'assembles the channels']],
  roomDependencies: [['src/dialog', 'src/nlu', 'the policy reads the parse']],
};
const edge = (from: string, to: string): ImportEdge => ({ from, to });
const CLEAN: ImportEdge[] = [
  edge('src/dialog/policy.ts', 'src/nlu/types.ts'),
  edge('src/dialog/policy.ts', 'src/config.ts'),
  edge('src/cli.ts', 'adapters/registry.ts'),
  edge('src/cli.ts', 'adapters/terminal/index.ts'),
  edge('adapters/webchat/index.ts', 'src/dialog/policy.ts'),
  edge('test/dialog/policy.test.ts', 'adapters/registry.ts'),
];

describe('the layering checker', () => {
  test('should pass a graph that keeps the rules', () => {
    expect(checkLayering(CLEAN, RULES)).toEqual([]);
  });

  test.each<[string, ImportEdge[], LayeringRules, Violation['rule']]>([
    ['src/ importing an adapter', [edge('src/transcripts/replay.ts', 'adapters/whatsapp/signature.ts')], RULES, 'src imports adapters'],
    ['a composition root importing a channel’s internals', [edge('src/cli.ts', 'adapters/whatsapp/signature.ts')], RULES, 'past a channel’s door'],
    ['src/ importing the test tree', [edge('src/nlu/bench.ts', 'test/nlu/dev/devSets.ts')], RULES, 'src imports test'],
    ['an adapter importing the test tree', [edge('adapters/wechat/replayDriver.ts', 'test/support/httpClient.ts')], RULES, 'adapters import test'],
    ['two rooms importing each other', [edge('src/nlu/extract.ts', 'src/dialog/state.ts')], RULES, 'rooms import each other'],
    ['a file of src/ and a room importing each other', [edge('src/config.ts', 'src/dialog/state.ts')], { ...RULES, roomDependencies: [] }, 'rooms import each other'],
    ['a dependency between rooms nobody declared', [edge('src/escalation/desk.ts', 'src/privacy/redact.ts')], RULES, 'undeclared room dependency'],
    ['a direction declared both ways', [], { ...RULES, roomDependencies: [...RULES.roomDependencies, ['src/nlu', 'src/dialog', 'wrong']] }, 'declared both ways'],
  ])('should fail on %s', (_what, planted, rules, rule) => {
    const violations = checkLayering([...CLEAN, ...planted], rules);
    expect(violations.map((v) => v.rule)).toContain(rule);
  });

  test('should name both imports and the allowed direction when rooms import each other', () => {
    const [violation] = checkLayering([...CLEAN, edge('src/nlu/extract.ts', 'src/dialog/state.ts')], RULES).filter((v) => v.rule === 'rooms import each other');
    expect(violation?.message).toBe(
      'src/dialog and src/nlu import each other (src/dialog/policy.ts imports src/nlu/types.ts; src/nlu/extract.ts imports src/dialog/state.ts); allowed: src/dialog -> src/nlu',
    );
  });

  test('should let a composition root import any room without a declaration', () => {
    const rules: LayeringRules = { ...RULES, compositionRoots: [['src/commands/', 'entry points']] };
    expect(checkLayering([edge('src/commands/serve.ts', 'src/escalation/desk.ts'), edge('src/commands/serve.ts', 'adapters/registry.ts')], rules)).toEqual([]);
  });

  test.each([
    ['a static import', `import { a } from './a.ts';`, ['src/x/a.ts']],
    ['a type import and a re-export', `import type { A } from '../y/a.ts';\nexport { b } from '../../adapters/b.ts';`, ['src/y/a.ts', 'adapters/b.ts']],
    ['a dynamic import with a literal path', `const m = await import('../../test/t.ts');`, ['test/t.ts']],
    ['a side-effect import', `import './setup.ts';`, ['src/x/setup.ts']],
    ['a package (not an edge)', `import express from 'express';\nimport { z } from 'zod';`, []],
  ])('should read %s', (_what, text, targets) => {
    expect(importsOf('src/x/file.ts', text).map((e) => e.to)).toEqual(targets);
  });

  test.each([
    ['src/dialog/flows/billing/billingFlow.ts', 'src/dialog'],
    ['src/config.ts', 'src/config.ts'],
    ['adapters/webchat/index.ts', 'adapters/webchat/index.ts'],
  ])('should place %s in %s', (path, node) => {
    expect(nodeOf(path)).toBe(node);
  });
});

describe('the house', () => {
  const edges = readImportGraph(root, ['src', 'adapters']);

  test('should read the imports of src/ and adapters/', () => {
    expect(edges.some((e) => e.from === 'src/app.ts' && e.to === 'src/config.ts')).toBe(true);
    expect(edges.some((e) => e.from.startsWith('adapters/') && e.to.startsWith('src/'))).toBe(true);
  });

  test('should keep its rooms with doors', () => {
    expect(checkLayering(edges, LAYERING).map((v) => `${v.rule}: ${v.message}`)).toEqual([]);
  });

  test('should list only composition roots and rooms that exist', () => {
    const files = sourceFiles(root, ['src']);
    for (const [path] of LAYERING.compositionRoots) expect(files.some((f) => (path.endsWith('/') ? f.startsWith(path) : f === path)), path).toBe(true);
    for (const [from, to] of LAYERING.roomDependencies) {
      for (const room of [from, to]) expect(files.some((f) => f.startsWith(`${room}/`)), room).toBe(true);
    }
  });

  test('should give every composition root and declared direction a reason', () => {
    for (const [path, reason] of LAYERING.compositionRoots) expect(reason.length, path).toBeGreaterThan(10);
    for (const [from, to, reason] of LAYERING.roomDependencies) expect(reason.length, `${from} -> ${to}`).toBeGreaterThan(10);
  });
});
