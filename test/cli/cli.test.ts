import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DATASET_PARTS, STORY_TRACKING_NUMBERS } from '../../src/demo/index.ts';

const BIN = join(import.meta.dirname, '..', '..', 'src', 'bin.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `carrier-assist` command with piped input, as an operator or script would. */
function carrierAssist(args: string[], env: Record<string, string>, input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('carrier-assist CLI', () => {
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ca-cli-'));
    env = { DATABASE_URL: `sqlite:${join(dir, 'ca.db')}` };
    const seeded = await carrierAssist(['seed', '--scale', 'small', '--now', '2026-03-20T09:00:00Z'], env);
    expect(seeded.stderr).toBe('');
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/^Seeded sqlite:.*: 7 accounts, 14 users, \d+ shipments/);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('should print what it loaded as one JSON line with --json (the server seeds through it)', async () => {
    const json = await carrierAssist(['seed', '--scale', 'small', '--now', '2026-03-20T09:00:00Z', '--json'], { DATABASE_URL: `sqlite:${join(dir, 'json.db')}` });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ accounts: 7, users: 14, shipments: expect.any(Number), events: expect.any(Number) });
  });

  test('should print a JSON line after each part of the load, then its peak memory, with --progress', async () => {
    const run = await carrierAssist(['seed', '--scale', 'small', '--now', '2026-03-20T09:00:00Z', '--progress'], { DATABASE_URL: `sqlite:${join(dir, 'progress.db')}` });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const progress = lines.filter((l) => l.startsWith('{"progress"')).map((l) => (JSON.parse(l) as { progress: { shipments: number; planned: number } }).progress);
    expect(progress.length).toBeGreaterThanOrEqual(DATASET_PARTS - 1);
    expect(progress.map((p) => p.shipments)).toEqual(progress.map((p) => p.shipments).sort((a, b) => a - b));
    expect(progress.at(-1)!.shipments).toBe(progress.at(-1)!.planned);
    expect(JSON.parse(lines.find((l) => l.startsWith('{"peakRssMb"'))!)).toEqual({ peakRssMb: expect.any(Number) });
    expect(lines.at(-1)).toMatch(/^Seeded .* 901 shipments/);
  });

  test('should refuse to seed a database that already holds data', async () => {
    const again = await carrierAssist(['seed', '--scale', 'small'], env);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('already holds data');
  });

  test('should list the demo users with their accounts and roles', async () => {
    const run = await carrierAssist(['seed', '--list-users'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/u-alice\s+.*5W8A3K\[Admin,Dispute,Pay,View\]/);
  });

  test('should answer a tracking question in the terminal, with the route for a member of the account', async () => {
    const number = STORY_TRACKING_NUMBERS.shanghaiToNewYork;
    const run = await carrierAssist(['chat', '--user', 'u-alice'], env, `hello\n${number}\n/quit\n`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Hi, I'm Carrier Assist.");
    expect(run.stdout).toContain('1. Track a parcel');
    expect(run.stdout).toContain(`${number}: In transit.`);
    expect(run.stdout).toMatch(/Route: Shanghai, China → New York, United States/);
  });

  test('should give an anonymous terminal user the public view only, in Chinese when asked in Chinese', async () => {
    const number = STORY_TRACKING_NUMBERS.shanghaiToNewYork;
    const run = await carrierAssist(['chat'], env, `请帮我查一下 ${number}\n`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${number}：运输中。`);
    expect(run.stdout).toContain('绑定账户后可查看');
    expect(run.stdout).not.toContain('路线: ');
    expect(run.stdout).not.toContain('Shanghai');
  });

  test('should say clearly when the chat user does not exist', async () => {
    const run = await carrierAssist(['chat', '--user', 'u-nobody'], env, '');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('chat --user: no user "u-nobody"');
  });

  test.each([
    [{ PORT: 'eighty' }, /Invalid configuration:\n {2}- PORT:/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL: must be sqlite/],
  ])('should stop with a message naming the bad variable for %o', async (bad, message) => {
    const run = await carrierAssist(['serve'], bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  test('should explain an unknown command and a bad flag', async () => {
    const unknown = await carrierAssist(['fly'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "fly"');
    const badFlag = await carrierAssist(['seed', '--scale', 'huge'], env);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain('--scale must be full or small');
  });
});
