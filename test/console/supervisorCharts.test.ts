/**
 * The supervisor's charts over the console (issue 20): the JSON route (supervisors only) gives the
 * last 14 days in the desk's zone, and the supervisor view draws them in Chromium; the screenshot goes
 * to the test artifacts (supervisor-charts.png). The availability control beside the agent's name is
 * tried on the way.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, launchChromium, outsideLocalhost, watch } from '../support/browser.ts';
import { chromium, requirePart } from '../support/externalParts.ts';
import { PASSWORD, startConsole, type Console, type Session } from './consoleHarness.ts';

const WAIT = { timeout: 30_000 } as const;
const DAY = 86_400_000;

describe('supervisor charts', () => {
  let c: Console;
  let ana: Session;
  let sue: Session;
  let browser: Browser | undefined;

  beforeAll(async () => {
    c = await startConsole();
    await c.addAgent({ id: 'ana', displayName: 'Ana' });
    await c.addAgent({ id: 'sue', displayName: 'Sue', role: 'supervisor', queues: [] });
    [ana, sue] = await Promise.all([c.signIn('ana'), c.signIn('sue')]);
    // Five days of work, through the real pipeline and desk: each day a handoff answered, resolved and
    // rated, and a customer the bot served alone.
    c.clock.advance(-5 * DAY);
    for (let day = 0; day < 5; day++) {
      const { conversationId, handoffId } = await c.escalate(`cust-${day}`);
      c.clock.advance((10 + day * 20) * 60_000);
      await c.api(ana, 'POST', `/handoffs/${handoffId}/claim`);
      await c.api(ana, 'POST', `/handoffs/${handoffId}/messages`, { text: 'Hello, Ana here.' });
      c.clock.advance(30 * 60_000);
      await c.api(ana, 'POST', `/handoffs/${handoffId}/resolve`, { reason: 'answered' });
      await c.say(conversationId, `cust-${day}`, String(1 + (day % 5)));
      await c.say(`bot-only-${day}`, `solo-${day}`, 'hello');
      c.clock.advance(DAY - (40 + day * 20) * 60_000);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  test('should give supervisors the last 14 days as JSON, and nobody else', async () => {
    expect((await c.api(ana, 'GET', '/supervisor/charts')).status).toBe(403);
    const { status, body } = await c.api(sue, 'GET', '/supervisor/charts');
    expect(status).toBe(200);
    expect(body.timeZone).toBe('UTC');
    expect(body.days).toHaveLength(14);
    expect(body.days.at(-1).date).toBe('2026-03-20');
    const rated = body.days.filter((d: { csat: { count: number } }) => d.csat.count > 0);
    expect(rated.map((d: { csat: { average: number } }) => d.csat.average)).toEqual([1, 2, 3, 4, 5]);
    expect(body.days.at(-2).firstResponse).toEqual({ count: 1, medianSeconds: 90 * 60, withinSla: 1 });
    // The bot-only conversations five to two days ago are judged; yesterday's is not over 24 hours yet.
    expect(body.days.slice(-6).map((d: { contained: { judged: number } }) => d.contained.judged)).toEqual([2, 2, 2, 2, 0, 0]);
    expect(body.days.slice(-6, -2).map((d: { contained: { share: number } }) => d.contained.share)).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  test('should draw the charts in the supervisor view (Chromium), and save a screenshot', async (ctx) => {
    await requirePart(ctx, chromium);
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' })).newPage();
    const seen = watch(page);
    await page.goto(`${c.url}/agent`);
    await page.getByTestId('login-username').fill('sue');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    // The availability control beside the name: away after sign-in, available once chosen.
    const availability = page.getByTestId('availability');
    await expect.poll(() => availability.inputValue(), WAIT).toBe('away');
    await availability.selectOption('available');
    await expect.poll(async () => (await c.store.agentAvailability.get('sue'))?.status, WAIT).toBe('available');
    await page.getByTestId('supervisor-tab').click();
    const charts = page.getByTestId('supervisor-charts');
    await charts.waitFor({ state: 'visible', ...WAIT });
    const csat = page.getByTestId('chart-csat');
    await csat.waitFor(WAIT);
    await expect.poll(() => csat.locator('rect').count(), WAIT).toBe(5);
    expect(await page.getByTestId('chart-first-response').locator('polyline').count()).toBe(1);
    expect(await page.getByTestId('chart-contained').locator('rect').count()).toBe(4);
    await charts.screenshot({ path: `${ARTIFACTS}supervisor-charts.png` });
    await page.screenshot({ path: `${ARTIFACTS}supervisor-view.png`, fullPage: true });
    expect(seen.problems).toEqual([]);
    expect(outsideLocalhost(seen.requested)).toEqual([]);
  });
});
