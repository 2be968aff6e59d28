/**
 * A real Web Chat session: Debian's Chromium, driven by playwright-core, opens the page, signs in as a
 * demo user, asks for a parcel and sees the status answer, the Adaptive Card and suggested actions.
 * Nothing may leave localhost.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { textsFor } from '../../../src/dialog/texts/index.ts';
import { STORY_TRACKING_NUMBERS } from '../../../src/demo/index.ts';
import { ARTIFACTS, launchChromium, outsideLocalhost, watch } from '../../support/browser.ts';
import { chromium, requirePart } from '../../support/externalParts.ts';
import { startWebChatServer, type WebChatServer } from '../../support/webChatServer.ts';

const en = textsFor('en');
const TRACKING = STORY_TRACKING_NUMBERS.shanghaiToNewYork;

describe('Web Chat in Chromium', () => {
  let server: WebChatServer | undefined;
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    await server?.close();
  });

  test('should answer a demo user’s tracking question in the official Web Chat', async (ctx) => {
    await requirePart(ctx, chromium);
    server = await startWebChatServer({ demoData: true });
    const shipment = await server.app.store.shipments.byTrackingNumber(TRACKING);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });

    const { requested, problems } = watch(page);

    await page.goto(server.url);
    await page.locator('.person[data-user-id="u-alice"]').click();
    const botBubbles = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
    await botBubbles.filter({ hasText: en.welcome }).first().waitFor({ timeout: 20_000 });
    expect(await botBubbles.filter({ hasText: en.welcome }).count()).toBe(1);

    // Suggested actions render as buttons, and a click sends the value back as the user's message.
    const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
    await sendBox.fill('help');
    await sendBox.press('Enter');
    const suggestion = page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: en.helpChoices[0]!.label });
    await suggestion.waitFor({ timeout: 20_000 });
    await suggestion.click();
    await page.locator('.webchat__bubble--from-user', { hasText: en.helpChoices[0]!.value }).waitFor({ timeout: 20_000 });

    // A parcel choice sends its tracking number, and the customer's bubble shows the label they clicked.
    await sendBox.fill('where are my parcels to London?');
    await sendBox.press('Enter');
    const parcelChoice = page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: /London/ }).first();
    await parcelChoice.waitFor({ timeout: 20_000 });
    const label = (await parcelChoice.innerText()).trim();
    await parcelChoice.click();
    await page.locator('.webchat__bubble--from-user', { hasText: label }).waitFor({ timeout: 20_000 });
    await botBubbles.filter({ hasText: /^1Z\w+: / }).first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.webchat__bubble--from-user', { hasText: /1Z/ }).count()).toBe(0);

    await sendBox.fill(`Where is ${TRACKING}?`);
    await sendBox.press('Enter');
    const answer = `${TRACKING}: ${en.statusNames[shipment!.status]}`;
    await botBubbles.filter({ hasText: answer }).first().waitFor({ timeout: 20_000 });
    const card = page.locator('.ac-adaptiveCard').last();
    await card.waitFor({ timeout: 20_000 });
    expect(await card.innerText()).toContain(en.cardLabels.route);
    await card.scrollIntoViewIfNeeded();

    // The user's bubbles are on the user's side (pitfall 3) and none shows a failed send (pitfall 1).
    expect(await page.locator('.webchat__bubble--from-user').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByText('Send failed').count()).toBe(0);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}webchat.png` });

    expect(outsideLocalhost(requested)).toEqual([]);
    expect(requested.some((url) => url.startsWith('ws://127.0.0.1'))).toBe(true);
    expect(problems).toEqual([]);
  }, 120_000);

  test('should show an agent’s messages with the agent’s name and their own avatar, not the assistant’s', async (ctx) => {
    await requirePart(ctx, chromium);
    server = await startWebChatServer({ demoData: true, env: { BUSINESS_HOURS: '24/7' } });
    const { app } = server;
    const agent = await app.store.agents.create(
      { id: 'ag-nora', username: 'nora', displayName: 'Nora Quinn', role: 'agent', queues: ['support', 'customs', 'billing', 'vip'], passwordHash: 'test:no-sign-in' },
      app.clock.now().toISOString(),
    );
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
    const { problems } = watch(page);

    await page.goto(server.url);
    await page.locator('.person[data-user-id="u-alice"]').click();
    const botBubbles = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
    await botBubbles.filter({ hasText: en.welcome }).first().waitFor({ timeout: 20_000 });
    const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
    await sendBox.fill('I need to speak to a human');
    await sendBox.press('Enter');
    await botBubbles.filter({ hasText: /in the queue/ }).first().waitFor({ timeout: 20_000 });

    const [handoff] = await app.store.handoffs.listByState(['queued']);
    await app.desk.claim(handoff!.id, agent);
    await app.desk.reply(handoff!.id, agent, 'Hello Alice, Nora here. Let me look at your parcel.');

    const agentActivity = page.locator('.ca-agent-activity', { hasText: 'Let me look at your parcel.' });
    await agentActivity.waitFor({ timeout: 20_000 });
    // Named on the bubble, with the agent's avatar (their initials on their colour), not the assistant's "CA".
    expect(await agentActivity.locator('.ca-agent-name').innerText()).toContain('Nora Quinn');
    const agentAvatar = page.locator('.ca-agent-avatar[data-agent="Nora Quinn"]').last();
    await agentAvatar.waitFor({ timeout: 20_000 });
    expect(await agentAvatar.innerText()).toBe('NQ');
    const botAvatar = page.locator('.webchat__defaultAvatar:not(.webchat__defaultAvatar--fromUser)').first();
    expect(await botAvatar.innerText()).toBe('CA');
    const colour = (l: typeof botAvatar) => l.evaluate((e) => (e.ownerDocument.defaultView as unknown as { getComputedStyle(x: unknown): { backgroundColor: string } }).getComputedStyle(e).backgroundColor);
    expect(await colour(agentAvatar)).not.toBe(await colour(botAvatar));
    // The assistant's own messages stay unnamed and under its avatar, the agent's joining notice included.
    expect(await page.locator('.ca-agent-activity', { hasText: 'has joined the conversation' }).count()).toBe(0);
    expect(await page.locator('.ca-agent-activity').count()).toBe(1);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}webchat-agent.png` });
    expect(problems).toEqual([]);
  }, 120_000);

  test('should show a notice sent while the chat was closed on the next visit, once', async (ctx) => {
    await requirePart(ctx, chromium);
    server = await startWebChatServer({ demoData: true });
    browser = await launchChromium();
    // One browser profile: the page keeps the conversation in its local storage between visits.
    const visitor = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
    const NOTICE = 'About your ticket CA-000321: customs released your parcel.';
    const visit = async () => {
      const page = await visitor.newPage();
      await page.goto(server!.url);
      await page.locator('.person[data-user-id="u-alice"]').click();
      await page.locator('.webchat__bubble', { hasText: en.welcome }).first().waitFor({ timeout: 20_000 });
      return page;
    };

    const first = await visit();
    const sendBox = first.locator('[data-id="webchat-sendbox-input"]');
    await sendBox.fill('hello');
    await sendBox.press('Enter');
    await first.locator('.webchat__bubble--from-user', { hasText: 'hello' }).waitFor({ timeout: 20_000 });
    const kept = JSON.parse((await first.evaluate(() => (globalThis as unknown as { localStorage: { getItem(k: string): string | null } }).localStorage.getItem('carrier-assist.chat.u-alice')))!) as { conversationId: string };
    await first.close();
    // While the chat is closed, the customer's ticket moves.
    await server.app.notices.tell(kept.conversationId, { text: () => NOTICE, ticket: 'CA-000321' });

    for (const _visit of [1, 2]) {
      const page = await visit();
      await page.locator('.webchat__bubble', { hasText: NOTICE }).first().waitFor({ timeout: 20_000 });
      // The same conversation: its history, the notice once, one welcome.
      expect(await page.locator('.webchat__bubble--from-user', { hasText: 'hello' }).count()).toBe(1);
      expect(await page.locator('.webchat__bubble', { hasText: NOTICE }).count()).toBe(1);
      expect(await page.locator('.webchat__bubble', { hasText: en.welcome }).count()).toBe(1);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: `${ARTIFACTS}webchat-held-notice.png` });
      await page.close();
    }
  }, 120_000);

  test('should say the demo is getting ready until the server takes messages, then offer the demo users', async (ctx) => {
    await requirePart(ctx, chromium);
    server = await startWebChatServer({ demoData: true });
    // As `serve` on a first start: listening, the demo data 40% in.
    server.app.readiness.preparing = { step: 'demo data', percent: 40, since: performance.now() };
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
    const { problems } = watch(page);

    await page.goto(server.url);
    await page.locator('#status', { hasText: 'Getting the demo ready… 40%' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('.person').count()).toBe(0);
    // A line in the page, not a message in the chat.
    expect(await page.locator('.webchat__bubble').count()).toBe(0);

    server.app.readiness.preparing = null;
    await page.locator('.person[data-user-id="u-alice"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('#status').innerText()).toBe('');
    expect(problems).toEqual([]);
  }, 120_000);
});
