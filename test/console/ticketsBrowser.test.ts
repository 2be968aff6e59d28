/**
 * The console's tickets view in a real browser (Debian's Chromium through playwright-core): an agent
 * signs in, finds the customs ticket the bot opened by its tracking number, opens it, asks the
 * customer for the invoice (the ticket waits on the customer, the request reaches their conversation),
 * and resolves it — warned first, because the customer wrote again and nobody answered. Screenshots of
 * the tickets view and the ticket go to artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { STORY_TRACKING_NUMBERS as STORY } from '../../src/demo/index.ts';
import { ARTIFACTS, launchChromium, outsideLocalhost, watch } from '../support/browser.ts';
import { chromium, requirePart } from '../support/externalParts.ts';
import { PASSWORD, startConsole, type Console } from './consoleHarness.ts';

/** Two slow shared cores: every wait is generous, and none is a fixed sleep. */
const WAIT = { timeout: 30_000 } as const;
const CONVERSATION = 'browser-customs';

describe('the tickets view in Chromium', () => {
  let c: Console | undefined;
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    await c?.close();
    browser = undefined;
    c = undefined;
  });

  test('should let an agent find a customs ticket by tracking number, ask for the invoice, and resolve it after a warning', async (ctx) => {
    await requirePart(ctx, chromium);
    c = await startConsole();
    await c.say(CONVERSATION, 'u-alice', 'my package is held in customs');
    // The customs advisor is offered, never imposed: the yes opens the ticket.
    await c.say(CONVERSATION, 'u-alice', 'yes');
    const [ticket] = await c.store.tickets.listForConversation(CONVERSATION);
    await c.addAgent({ id: 'nora', displayName: 'Nora Quinn', queues: ['customs'] });
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US', timezoneId: 'Asia/Shanghai' })).newPage();
    const seen = watch(page);

    // --- Sign in, open the tickets view, search by the parcel's tracking number.
    await page.goto(`${c.url}/agent`);
    await page.getByTestId('login-username').fill('nora');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('tickets-tab').click();
    await page.getByTestId('tickets-panel').waitFor({ state: 'visible', ...WAIT });
    await page.getByTestId('ticket-search').fill(STORY.customsHeld);
    await page.getByTestId('ticket-search-go').click();
    const row = page.locator(`[data-testid="ticket-row"][data-number="${ticket!.number}"]`);
    await row.waitFor(WAIT);
    await expect.poll(() => page.getByTestId('ticket-row').count(), WAIT).toBe(1);
    // Every time has its date and zone (the browser is in Shanghai).
    expect(await row.innerText()).toMatch(/\d{1,2} Mar 2026, \d{2}:\d{2} (GMT\+8|CST)/);
    await page.screenshot({ path: join(ARTIFACTS, 'console-tickets-view.png'), fullPage: true });

    // --- Open it: the parcel's scans are on its timeline, the customer's message in its conversation.
    await row.click();
    await expect.poll(() => page.getByTestId('ticket-title').innerText(), WAIT).toContain(ticket!.number);
    await expect.poll(() => page.getByTestId('ticket-timeline').locator('[data-kind="carrier"]').count(), WAIT).toBeGreaterThan(0);
    expect(await page.getByTestId('ticket-conversation').innerText()).toContain('my package is held in customs');

    // --- Ask for the invoice: the request, in the customer's language, goes to them; the ticket waits on them.
    await page.getByTestId('request-kind').selectOption('invoice');
    expect(await page.getByTestId('ticket-text').inputValue()).toContain('commercial invoice');
    await page.getByTestId('ticket-ask').click();
    await page.locator('[data-testid="ticket-state"][data-state="waiting_on_customer"]').waitFor(WAIT);
    const sent = (await c.store.activities.list(CONVERSATION)).filter((s) => s.direction === 'out').map((s) => s.activity.text ?? '');
    expect(sent.some((t) => t.includes(`About your ticket ${ticket!.number}: customs needs the commercial invoice`))).toBe(true);

    // --- The customer writes again; resolving now warns, and resolves once confirmed.
    c.clock.advance(5 * 60_000);
    await c.say(CONVERSATION, 'u-alice', 'I will send the invoice tonight');
    await row.click();
    await page.getByTestId('ticket-resolve-reason').waitFor(WAIT);
    await page.getByTestId('ticket-resolve-reason').fill('Customs documents received');
    await page.getByTestId('ticket-resolve').click();
    const warning = page.getByTestId('resolve-warning');
    await warning.waitFor({ state: 'visible', ...WAIT });
    expect(await warning.innerText()).toContain('I will send the invoice tonight');
    expect((await c.store.tickets.get(ticket!.number))?.state).toBe('waiting_on_customer');
    await page.screenshot({ path: join(ARTIFACTS, 'console-ticket-detail.png'), fullPage: true });
    await page.getByTestId('resolve-anyway').click();
    await page.locator('[data-testid="ticket-state"][data-state="resolved"]').waitFor(WAIT);
    expect((await c.store.tickets.get(ticket!.number))?.state).toBe('resolved');

    expect(seen.problems).toEqual([]);
    expect(outsideLocalhost(seen.requested)).toEqual([]);
  });
});
