/**
 * The import graph of the house and the layering rules checked on it (test/architecture/rooms.ts holds
 * the rules as data). Imports are read with the TypeScript compiler's own pre-processor: static
 * imports, `export … from`, side-effect imports and `import('…')` with a literal path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';

/** One relative import, both ends as paths from the repository root (`src/dialog/policy.ts`). */
export interface ImportEdge {
  from: string;
  to: string;
}

/** A path prefix (a file, or a folder ending in `/`) and why it is there. */
export type Reasoned = readonly [path: string, reason: string];

export interface LayeringRules {
  /** Files of src/ that may import adapters/: they assemble the channels with the core. */
  compositionRoots: readonly Reasoned[];
  /** The one allowed direction between two src/ rooms (folders), with its reason. */
  roomDependencies: readonly (readonly [from: string, to: string, reason: string])[];
}

export interface Violation {
  rule: 'src imports adapters' | 'past a channel’s door' | 'src imports test' | 'adapters import test' | 'rooms import each other' | 'undeclared room dependency' | 'declared both ways';
  message: string;
}

const SOURCE = /\.(ts|js|mjs)$/;

/** Every .ts/.js file under the given top-level folders, as root-relative POSIX paths. */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(posix.join(root, dir), { withFileTypes: true })) {
      const rel = posix.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(rel);
      } else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  folders.forEach(walk);
  return out.sort();
}

/** The relative imports of a file's text (package imports are not edges of the house). */
export function importsOf(file: string, text: string): ImportEdge[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => ({ from: file, to: posix.normalize(posix.join(posix.dirname(file), spec)) }));
}

/** The import graph of the files under `folders`. */
export function readImportGraph(root: string, folders: readonly string[]): ImportEdge[] {
  return sourceFiles(root, folders).flatMap((file) => importsOf(file, readFileSync(posix.join(root, file), 'utf8')));
}

const isUnder = (path: string, top: string) => path.startsWith(`${top}/`);

/** `src/dialog/flows/x.ts` → `src/dialog`; a file directly in src/ is a node of its own (`src/config.ts`). */
export function nodeOf(path: string): string {
  const parts = path.split('/');
  return parts[0] === 'src' && parts.length > 2 ? `src/${parts[1]}` : path;
}

/** What the composition roots may import of adapters/: the registry and each channel's index.ts. */
const isDoor = (path: string) => path === 'adapters/registry.ts' || /^adapters\/[^/]+\/index\.ts$/.test(path);
const isRoom = (node: string) => node.startsWith('src/') && !SOURCE.test(node);
const matches = (path: string, [prefix]: Reasoned) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix);

/** Every way the graph breaks the rules; empty when the house keeps them. */
export function checkLayering(edges: readonly ImportEdge[], rules: LayeringRules): Violation[] {
  const violations: Violation[] = [];
  const isRoot = (file: string) => rules.compositionRoots.some((r) => matches(file, r));
  const declared = new Map(rules.roomDependencies.map(([from, to, reason]) => [`${from} -> ${to}`, reason]));
  for (const [from, to] of rules.roomDependencies) {
    if (from < to && declared.has(`${to} -> ${from}`)) {
      violations.push({ rule: 'declared both ways', message: `${from} and ${to} are declared in both directions: keep one` });
    }
  }

  // Between nodes of src/: the first import that makes each dependency, as its example (and apart,
  // the first not made by a composition root: those may import any room).
  const between = new Map<string, ImportEdge>();
  const undeclared = new Map<string, ImportEdge>();
  for (const e of edges) {
    const fromSrc = isUnder(e.from, 'src');
    if (fromSrc && isUnder(e.to, 'adapters') && !isRoot(e.from)) {
      violations.push({ rule: 'src imports adapters', message: `${e.from} imports ${e.to}: src/ knows no channel (only the composition roots listed in test/architecture/rooms.ts assemble adapters)` });
    }
    if (fromSrc && isUnder(e.to, 'adapters') && isRoot(e.from) && !isDoor(e.to)) {
      violations.push({ rule: 'past a channel’s door', message: `${e.from} imports ${e.to}: a composition root takes adapters/registry.ts or a channel's index.ts, not its internals` });
    }
    if (fromSrc && isUnder(e.to, 'test')) violations.push({ rule: 'src imports test', message: `${e.from} imports ${e.to}: production code never depends on the test tree` });
    if (isUnder(e.from, 'adapters') && isUnder(e.to, 'test')) violations.push({ rule: 'adapters import test', message: `${e.from} imports ${e.to}: production code never depends on the test tree` });
    if (!fromSrc || !isUnder(e.to, 'src')) continue;
    const a = nodeOf(e.from);
    const b = nodeOf(e.to);
    if (a === b) continue;
    const key = `${a} -> ${b}`;
    if (!between.has(key)) between.set(key, e);
    if (isRoom(a) && isRoom(b) && !isRoot(e.from) && !declared.has(key) && !undeclared.has(key)) undeclared.set(key, e);
  }

  for (const [key, e] of between) {
    const [a, b] = key.split(' -> ') as [string, string];
    const back = between.get(`${b} -> ${a}`);
    if (back && a < b) {
      const allowed = declared.has(key) ? key : declared.has(`${b} -> ${a}`) ? `${b} -> ${a}` : 'neither is declared';
      violations.push({
        rule: 'rooms import each other',
        message: `${a} and ${b} import each other (${e.from} imports ${e.to}; ${back.from} imports ${back.to}); allowed: ${allowed}`,
      });
    }
  }
  for (const [key, e] of undeclared) {
    const [a, b] = key.split(' -> ') as [string, string];
    violations.push({
      rule: 'undeclared room dependency',
      message: `${e.from} imports ${e.to}, but ${a} -> ${b} is not declared: add ['${a}', '${b}', '<why, in one line>'] to ROOM_DEPENDENCIES in test/architecture/rooms.ts (or turn the import around)`,
    });
  }
  return violations;
}
