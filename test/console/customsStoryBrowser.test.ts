/**
 * Issue 20's story end to end in Chromium, both sides on one server and one fixed clock: a signed-in
 * customer's customs question on Sunday opens a ticket whose promise names Monday's time with its zone;
 * on Monday the agent finds it by tracking number in the Tickets view, asks the customer for the
 * invoice (the ticket waits on the customer), the customer uploads it in Web Chat, the agent resolves,
 * the customer rates 5 in the survey, and the supervisor's CSAT chart shows it. Screenshots of the
 * tickets view, the ticket and the supervisor charts go to artifacts/ (story-*.png).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFinished, test } from 'vitest';
import { hashPassword } from '../../src/console/passwords.ts';
import { STORY_TRACKING_NUMBERS as STORY } from '../../src/demo/index.ts';
import { textsFor } from '../../src/dialog/texts/index.ts';
import { satisfactionTexts } from '../../src/escalation/satisfactionTexts.ts';
import { ARTIFACTS, launchChromium, outsideLocalhost, watch } from '../support/browser.ts';
import { chromium, requirePart } from '../support/externalParts.ts';
import { startWebChatServer } from '../support/webChatServer.ts';
import { PASSWORD } from './consoleHarness.ts';

/** Sunday 22 March 2026, 20:00 in Shanghai (Alice's zone); the desk (Mon-Fri 09:00-18:00 UTC) is closed. */
const SUNDAY = '2026-03-22T12:00:00.000Z';
/** Monday 23 March 2026, 09:05 UTC: the desk is open. */
const MONDAY = '2026-03-23T09:05:00.000Z';
/** Two slow shared cores: every wait is generous, and none is a fixed sleep. */
const WAIT = { timeout: 30_000 } as const;
const INVOICE_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('the customs story in Chromium, customer and agent', () => {
  async function signInAgent(page: Page, url: string, username: string): Promise<void> {
    await page.goto(`${url}/agent`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
  }

  test('should take a Sunday customs question to a resolved, rated ticket on Monday', async (ctx) => {
    await requirePart(ctx, chromium);
    // Alice keeps the chat open overnight: her Direct Line token lasts the day (the page refreshes it on a real clock).
    const server = await startWebChatServer({ demoData: true, now: SUNDAY, env: { DIRECTLINE_TOKEN_TTL_SECONDS: '86400' } });
    onTestFinished(() => server.close());
    const { app } = server;
    const passwordHash = await hashPassword(PASSWORD);
    await app.store.agents.create({ id: 'nora', username: 'nora', displayName: 'Nora Quinn', role: 'agent', queues: ['customs'], passwordHash }, SUNDAY);
    await app.store.agents.create({ id: 'sue', username: 'sue', displayName: 'Sue Park', role: 'supervisor', queues: [], passwordHash }, SUNDAY);
    const browser = await launchChromium();
    onTestFinished(() => browser.close());
    mkdirSync(ARTIFACTS, { recursive: true });
    const customer = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'Asia/Shanghai' })).newPage();
    const agent = await (await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US', timezoneId: 'Asia/Shanghai' })).newPage();
    const seenByCustomer = watch(customer);
    const seenByAgent = watch(agent);

    // --- Sunday: Alice asks about her parcel held in customs; a ticket promises Monday's time, with its zone.
    await customer.goto(server.url);
    await customer.locator('.person[data-user-id="u-alice"]').click();
    const botBubbles = customer.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
    await botBubbles.filter({ hasText: textsFor('en').welcome }).first().waitFor(WAIT);
    const sendBox = customer.locator('[data-id="webchat-sendbox-input"]');
    await sendBox.fill(`my parcel ${STORY.customsHeld} is held in customs`);
    await sendBox.press('Enter');
    // The advisor is offered, never imposed (no ticket opened unasked): Alice says yes.
    await botBubbles.filter({ hasText: /Shall I ask a customs advisor/ }).first().waitFor(WAIT);
    await sendBox.fill('yes');
    await sendBox.press('Enter');
    const promise = botBubbles.filter({ hasText: /customs ticket CA-\d{6}/ }).first();
    await promise.waitFor(WAIT);
    expect(await promise.innerText()).toMatch(/by Mon, 23 Mar 2026, \d{2}:\d{2} China Standard Time/);
    const [ticket] = await app.store.tickets.search({ text: STORY.customsHeld });
    expect(ticket).toMatchObject({ category: 'customs', state: 'new', userId: 'u-alice' });
    const conversationId = ticket!.conversationId!;
    await customer.screenshot({ path: join(ARTIFACTS, 'story-webchat-sunday.png') });

    // --- Monday: the agent finds the ticket by its tracking number and asks for the invoice.
    server.clock.advance(Date.parse(MONDAY) - server.clock.now().getTime());
    await signInAgent(agent, server.url, 'nora');
    await agent.getByTestId('tickets-tab').click();
    await agent.getByTestId('tickets-panel').waitFor({ state: 'visible', ...WAIT });
    await agent.getByTestId('ticket-search').fill(STORY.customsHeld);
    await agent.getByTestId('ticket-search-go').click();
    const row = agent.locator(`[data-testid="ticket-row"][data-number="${ticket!.number}"]`);
    await row.waitFor(WAIT);
    await expect.poll(() => agent.getByTestId('ticket-row').count(), WAIT).toBe(1);
    await agent.screenshot({ path: join(ARTIFACTS, 'story-tickets-view.png'), fullPage: true });
    await row.click();
    await expect.poll(() => agent.getByTestId('ticket-title').innerText(), WAIT).toContain(ticket!.number);
    await agent.getByTestId('request-kind').selectOption('invoice');
    await agent.getByTestId('ticket-ask').click();
    await agent.locator('[data-testid="ticket-state"][data-state="waiting_on_customer"]').waitFor(WAIT);

    // The request reaches Alice's open chat from Nora, by name.
    const request = customer.locator('.ca-agent-activity[data-agent="Nora Quinn"]', { hasText: 'commercial invoice' });
    await request.waitFor(WAIT);

    // --- Alice uploads the invoice in Web Chat (the attach button, then send: the Direct Line upload).
    await customer.locator('input[type="file"]').setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: INVOICE_PDF });
    await customer.getByRole('button', { name: 'Send' }).click();
    const uploaded = async () => (await app.store.activities.list(conversationId)).filter((s) => s.direction === 'in').flatMap((s) => s.activity.attachments ?? []);
    await expect.poll(uploaded, WAIT).toContainEqual(expect.objectContaining({ name: 'invoice.pdf', contentUrl: expect.stringMatching(/^media:/) }));

    // --- The agent sees it in the ticket's conversation, and resolves (warned: the upload is unanswered).
    await row.click();
    await expect.poll(() => agent.getByTestId('ticket-conversation').innerText(), WAIT).toContain('invoice.pdf');
    await agent.screenshot({ path: join(ARTIFACTS, 'story-ticket.png'), fullPage: true });
    await agent.getByTestId('ticket-resolve-reason').fill('Commercial invoice received and sent to customs');
    await agent.getByTestId('ticket-resolve').click();
    await agent.getByTestId('resolve-warning').waitFor({ state: 'visible', ...WAIT });
    await agent.getByTestId('resolve-anyway').click();
    await agent.locator('[data-testid="ticket-state"][data-state="resolved"]').waitFor(WAIT);

    // --- Alice hears it is resolved, and rates 5 with the survey's button.
    await botBubbles.filter({ hasText: 'has been resolved' }).first().waitFor(WAIT);
    await botBubbles.filter({ hasText: satisfactionTexts('en').question }).first().waitFor(WAIT);
    await customer.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: satisfactionTexts('en').ratingLabels[4] }).click();
    await expect.poll(async () => (await app.store.satisfaction.ratedBetween(SUNDAY, '2026-03-24T00:00:00.000Z')).map((s) => [s.ticketNumber, s.rating]), WAIT).toEqual([[ticket!.number, 5]]);
    await customer.screenshot({ path: join(ARTIFACTS, 'story-webchat-monday.png') });

    // --- The supervisor's CSAT chart shows Monday's 5.
    const supervisor = await (await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US', timezoneId: 'Asia/Shanghai' })).newPage();
    const seenBySupervisor = watch(supervisor);
    await signInAgent(supervisor, server.url, 'sue');
    await supervisor.getByTestId('supervisor-tab').click();
    const charts = supervisor.getByTestId('supervisor-charts');
    await charts.waitFor({ state: 'visible', ...WAIT });
    const csat = supervisor.getByTestId('chart-csat');
    await expect.poll(() => csat.locator('rect title').allTextContents(), WAIT).toEqual(['2026-03-23: 5.0 (1 rated)']);
    await charts.screenshot({ path: join(ARTIFACTS, 'story-supervisor-charts.png') });

    for (const seen of [seenByCustomer, seenByAgent, seenBySupervisor]) {
      expect(seen.problems).toEqual([]);
      expect(outsideLocalhost(seen.requested)).toEqual([]);
    }
  }, 240_000);
});
