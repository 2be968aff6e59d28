/**
 * The whole human handoff in a real browser: Debian's Chromium, driven by playwright-core, with two
 * pages on one server — a customer in the official Web Chat and an agent in the console at /agent.
 * The customer asks for a person; the agent signs in, sees the ticket arrive live with its context
 * packet, claims it and replies; the customer sees the reply and answers; the agent sees the answer
 * live, adds an internal note (which never reaches Web Chat) and resolves; the bot answers the
 * customer's next message again. Screenshots of both sides are saved under artifacts/.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { STORY_TRACKING_NUMBERS } from '../../src/demo/index.ts';
import { noticesFor } from '../../src/escalation/handoffNotices.ts';
import { createAgent } from '../support/agentConsole.ts';
import { DirectLineSession, userMessage } from '../support/directLine.ts';
import { ARTIFACTS, launchChromium, outsideLocalhost, watch } from '../support/browser.ts';
import { chromium, requirePart } from '../support/externalParts.ts';
import { startWebChatServer, type WebChatServer } from '../support/webChatServer.ts';

/** Two slow shared cores: every wait is generous, and none is a fixed sleep. */
const WAIT = { timeout: 30_000 } as const;
const notices = noticesFor('en');
const TORONTO = STORY_TRACKING_NUMBERS.torontoYesterday;

const AGENT_REPLY = 'Hello Alice, this is Nora. I can see your question — let me look into it.';
const CUSTOMER_ANSWER = 'Thanks Nora, it is the parcel for my client in Toronto.';
const NOTE = 'Internal: customer is polite, check the Toronto depot before calling back.';
const RESOLVE_REASON = 'Question answered';

async function signInToConsole(page: Page, base: string, username: string, password: string): Promise<void> {
  await page.goto(`${base}/agent`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('queue-list').waitFor({ state: 'visible', ...WAIT });
}

describe('the agent console in Chromium', () => {
  let server: WebChatServer | undefined;
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    await server?.close();
    browser = undefined;
    server = undefined;
  });

  test('should let an agent take over a Web Chat customer, reply, resolve, and give the customer back to the bot', async (ctx) => {
    await requirePart(ctx, chromium);
    server = await startWebChatServer({ demoData: true, env: { BUSINESS_HOURS: '24/7' } });
    const agent = await createAgent(server.app.store, { username: 'nora', displayName: 'Nora Quinn', password: 'nora-correct-horse-battery' });
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });

    // Two separate contexts: the customer and the agent share no cookies or storage.
    const customerContext = await browser.newContext({ viewport: { width: 1000, height: 900 }, locale: 'en-US' });
    const agentContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const chat = await customerContext.newPage();
    const desk = await agentContext.newPage();
    const chatWatch = watch(chat);
    const deskWatch = watch(desk);

    // --- The customer asks for a person in Web Chat.
    await chat.goto(server.url);
    await chat.locator('.person[data-user-id="u-alice"]').click();
    const botBubbles = chat.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
    const userBubbles = chat.locator('.webchat__bubble--from-user');
    await botBubbles.first().waitFor(WAIT);
    const sendBox = chat.locator('[data-id="webchat-sendbox-input"]');
    const say = async (text: string) => {
      await sendBox.fill(text);
      await sendBox.press('Enter');
      await userBubbles.filter({ hasText: text }).first().waitFor(WAIT);
    };

    // The agent is already signed in and watching the queue when the request comes in.
    await signInToConsole(desk, server.url, agent.username, agent.password);
    await expect.poll(() => desk.getByTestId('agent-name').innerText(), WAIT).toBe('Nora Quinn');
    await desk.locator('#live[data-state="live"]').waitFor(WAIT);
    expect(await desk.getByTestId('queue-item').count()).toBe(0);

    // A parcel choice she clicks shows as its label in her bubble, and so in the agent's history and the context's transcript.
    await sendBox.fill('where are my parcels to London?');
    await sendBox.press('Enter');
    const choice = chat.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: /London/ }).first();
    await choice.waitFor(WAIT);
    const label = (await choice.innerText()).trim();
    await choice.click();
    await userBubbles.filter({ hasText: label }).first().waitFor(WAIT);
    await botBubbles.filter({ hasText: /^1Z\w+: / }).first().waitFor(WAIT);

    await say('I want to talk to a person');
    const queuedBubble = botBubbles.filter({ hasText: /your ticket number is CA-\d{6}/ }).first();
    await queuedBubble.waitFor(WAIT);
    const ticket = /CA-\d{6}/.exec(await queuedBubble.innerText())![0];
    expect(await queuedBubble.innerText()).toMatch(/You are number 1 in the queue/);

    // --- The ticket appears in the agent's queue live, without a reload.
    const queueItem = desk.locator(`[data-testid="queue-item"][data-ticket="${ticket}"]`);
    await queueItem.waitFor(WAIT);
    expect(await queueItem.getAttribute('data-state')).toBe('queued');
    expect(await queueItem.innerText()).toContain('Alice Martin');
    await queueItem.getByRole('button').click();

    // The context packet: who the customer is and why the bot handed over.
    const context = desk.getByTestId('context-panel');
    await context.getByText('Alice Martin').first().waitFor(WAIT);
    await context.getByText('The customer asked for a person').waitFor(WAIT);
    // Her account's parcels beside the conversation (she is signed in): the Toronto one among them.
    await context.getByTestId('customer-parcels').getByText(TORONTO).first().waitFor(WAIT);
    await expect.poll(() => desk.getByTestId('conv-state').innerText(), WAIT).toBe('Waiting');
    // The history already holds what the customer and the bot said before the handoff.
    const history = desk.getByTestId('history');
    await history.locator('[data-testid="history-entry"][data-author="customer"]', { hasText: 'I want to talk to a person' }).waitFor(WAIT);
    await history.locator('[data-testid="history-entry"][data-author="bot"]', { hasText: ticket }).first().waitFor(WAIT);
    await history.locator('[data-testid="history-entry"][data-author="customer"]', { hasText: label }).waitFor(WAIT);
    expect(await history.locator('[data-testid="history-entry"][data-author="customer"]', { hasText: /1Z/ }).count()).toBe(0);
    const transcript = context.locator('.ctx-transcript li.by-customer');
    await expect.poll(() => transcript.filter({ hasText: label }).count(), WAIT).toBe(1);
    expect(await transcript.filter({ hasText: /1Z/ }).count()).toBe(0);
    await desk.screenshot({ path: `${ARTIFACTS}console-queue.png` });

    // --- The agent claims the ticket and replies.
    await desk.getByTestId('claim').click();
    await expect.poll(() => desk.getByTestId('conv-state').innerText(), WAIT).toMatch(/^(Assigned|Active)$/);
    await expect.poll(() => queueItem.getAttribute('data-state'), WAIT).toMatch(/^(assigned|active)$/);
    await expect.poll(() => desk.getByTestId('claim').isVisible(), WAIT).toBe(false);
    const composer = desk.getByTestId('composer');
    await expect.poll(() => composer.isEnabled(), WAIT).toBe(true);
    await composer.fill(AGENT_REPLY);
    await desk.getByTestId('send').click();
    await history.locator('[data-testid="history-entry"][data-author="agent"]', { hasText: AGENT_REPLY }).waitFor(WAIT);
    await expect.poll(() => composer.inputValue(), WAIT).toBe('');

    // --- The customer sees the agent join and the reply in Web Chat, and answers.
    await botBubbles.filter({ hasText: notices.agentJoined('Nora Quinn') }).first().waitFor(WAIT);
    await botBubbles.filter({ hasText: AGENT_REPLY }).first().waitFor(WAIT);
    await say(CUSTOMER_ANSWER);

    // --- The agent sees the customer's answer appear live.
    await history.locator('[data-testid="history-entry"][data-author="customer"]', { hasText: CUSTOMER_ANSWER }).waitFor(WAIT);
    await expect.poll(() => desk.getByTestId('conv-state').innerText(), WAIT).toBe('Active');
    // While the agent owns the conversation the bot said nothing to that answer.
    const botEntries = history.locator('[data-testid="history-entry"][data-author="bot"]');
    const botSeqs = await Promise.all((await botEntries.all()).map(async (entry) => Number(await entry.getAttribute('data-seq'))));
    const lastBotSeq = Math.max(...botSeqs);
    const answerSeq = Number(await history.locator('[data-testid="history-entry"][data-author="customer"]', { hasText: CUSTOMER_ANSWER }).getAttribute('data-seq'));
    expect(lastBotSeq).toBeLessThan(answerSeq);
    await desk.screenshot({ path: `${ARTIFACTS}console-conversation.png` });

    // --- An internal note: shown to agents, distinct from messages, never sent to the customer.
    await desk.getByTestId('mode-note').click();
    await expect.poll(() => desk.getByTestId('send').innerText(), WAIT).toBe('Add note');
    await composer.fill(NOTE);
    await desk.getByTestId('send').click();
    await history.getByTestId('note-entry').filter({ hasText: NOTE }).waitFor(WAIT);
    expect(await history.locator('[data-testid="history-entry"]', { hasText: NOTE }).count()).toBe(0);
    await desk.getByTestId('mode-reply').click();

    // --- The agent resolves with a reason.
    await desk.getByTestId('resolve').click();
    await desk.getByTestId('resolve-reason').fill(RESOLVE_REASON);
    await desk.getByTestId('resolve-confirm').click();
    await expect.poll(() => desk.getByTestId('conv-state').innerText(), WAIT).toBe('Resolved');
    // A resolved handoff leaves the live queue.
    await queueItem.waitFor({ state: 'detached', ...WAIT });
    await desk.getByTestId('audit-trail').locator('summary').click();
    await desk.getByTestId('audit-trail').getByText(/→ Resolved/).first().waitFor(WAIT);

    // --- The customer is told, and the bot answers the next message again.
    await botBubbles.filter({ hasText: notices.resolved('Nora Quinn', ticket) }).first().waitFor(WAIT);
    await say("where's the box I sent to Toronto yesterday?");
    await botBubbles.filter({ hasText: `${TORONTO}:` }).first().waitFor(WAIT);
    expect(await botBubbles.filter({ hasText: `${TORONTO}: In transit` }).count()).toBeGreaterThanOrEqual(1);
    // The console shows that the bot has the customer again, but not what they say to the bot now:
    // the handoff's part of the conversation ends with the closing notice (reopening it shows the same).
    await expect.poll(() => desk.getByTestId('conv-state').innerText(), WAIT).toBe('Back with the bot');
    const entries = history.locator('[data-testid="history-entry"]');
    expect(await entries.filter({ hasText: `${TORONTO}:` }).count()).toBe(0);
    await desk.reload();
    await expect.poll(() => entries.last().innerText(), WAIT).toContain(notices.resolved('Nora Quinn', ticket));
    expect(await entries.filter({ hasText: `${TORONTO}:` }).count()).toBe(0);

    // The note never reached Web Chat; no send failed.
    expect(await chat.getByText(NOTE).count()).toBe(0);
    expect(await chat.locator('body').innerText()).not.toContain('Internal:');
    expect(await chat.getByText('Send failed').count()).toBe(0);
    expect(await desk.getByTestId('action-error').isVisible()).toBe(false);

    await desk.screenshot({ path: `${ARTIFACTS}console-resolved.png` });
    await chat.screenshot({ path: `${ARTIFACTS}webchat-handoff.png` });

    // The store agrees: resolved by this agent with the reason, and the bot owns the conversation again.
    const handoff = (await server.app.store.handoffs.byTicket(ticket))!;
    expect(handoff).toMatchObject({ state: 'returned', assignee: agent.id, resolution: RESOLVE_REASON });
    expect((await server.app.store.conversations.get(handoff.conversationId))!.owner).toBe('bot');
    for (const watched of [chatWatch, deskWatch]) {
      expect(outsideLocalhost(watched.requested)).toEqual([]);
      expect(watched.problems).toEqual([]);
    }
  }, 240_000);

  test('should show a customer\'s link as text with its host and a customer\'s card as a card they sent, never as the bot\'s', async (ctx) => {
    await requirePart(ctx, chromium);
    server = await startWebChatServer({ demoData: true, env: { BUSINESS_HOURS: '24/7' } });
    const agent = await createAgent(server.app.store, { username: 'nora', displayName: 'Nora Quinn', password: 'nora-correct-horse-battery' });
    // The customer's client posts what Web Chat would not: a link under a file's name, and a fact card.
    const dl = new DirectLineSession(server.url);
    const { conversationId, token, userId } = await dl.start();
    const lure = 'https://ups.com.login-check.example/pay?invoice=1';
    const card = {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Refund approved' }, { type: 'FactSet', facts: [{ title: 'Amount', value: 'USD 900.00' }] }] },
    };
    const posted = await dl.post(conversationId, token, { ...userMessage(userId, 'please check these'), attachments: [{ contentType: 'application/pdf', contentUrl: lure, name: 'Invoice.pdf' }, card] });
    expect(posted.status).toBe(200);
    expect((await dl.post(conversationId, token, userMessage(userId, 'I want to talk to a person'))).status).toBe(200);
    const handoff = (await server.app.store.handoffs.latestForConversation(conversationId))!;

    browser = await launchChromium();
    const desk = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' })).newPage();
    const deskWatch = watch(desk);
    await signInToConsole(desk, server.url, agent.username, agent.password);
    await desk.locator(`[data-testid="queue-item"][data-ticket="${handoff.ticketNumber}"]`).getByRole('button').click();
    const entry = desk.getByTestId('history').locator('[data-testid="history-entry"][data-author="customer"]', { hasText: 'please check these' });
    await entry.waitFor(WAIT);
    await entry.getByTestId('customer-link').waitFor(WAIT);
    expect(await entry.locator('a').count()).toBe(0);
    expect(await entry.locator('.link-host').innerText()).toBe('ups.com.login-check.example');
    expect(await entry.getByTestId('customer-link').innerText()).toContain(lure);
    expect(await entry.locator('table.facts').count()).toBe(0);
    expect(await entry.innerText()).toContain('A card the customer sent (not shown)');
    expect(await desk.getByTestId('history').innerText()).not.toContain('Refund approved');
    expect(deskWatch.problems).toEqual([]);
  }, 120_000);

  test('should show the supervisor tab with the queue depth to a supervisor, and not to a plain agent', async (ctx) => {
    await requirePart(ctx, chromium);
    server = await startWebChatServer({ demoData: true, env: { BUSINESS_HOURS: '24/7' } });
    const supervisor = await createAgent(server.app.store, { username: 'sam', displayName: 'Sam Supervisor', role: 'supervisor', password: 'sam-correct-horse-battery' });
    const agent = await createAgent(server.app.store, { username: 'nora', displayName: 'Nora Quinn', password: 'nora-correct-horse-battery' });
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });

    // One customer waiting, so the queue depth is 1.
    const chat = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await chat.goto(server.url);
    await chat.locator('.person[data-user-id="u-alice"]').click();
    const sendBox = chat.locator('[data-id="webchat-sendbox-input"]');
    await chat.locator('.webchat__bubble:not(.webchat__bubble--from-user)').first().waitFor(WAIT);
    await sendBox.fill('I want to talk to a person');
    await sendBox.press('Enter');
    await chat.locator('.webchat__bubble:not(.webchat__bubble--from-user)', { hasText: /your ticket number is CA-\d{6}/ }).first().waitFor(WAIT);

    const sup = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' })).newPage();
    const supWatch = watch(sup);
    await signInToConsole(sup, server.url, supervisor.username, supervisor.password);
    const tab = sup.getByTestId('supervisor-tab');
    await tab.waitFor({ state: 'visible', ...WAIT });
    await tab.click();
    const panel = sup.getByTestId('supervisor-panel');
    await panel.waitFor({ state: 'visible', ...WAIT });
    const waitingTile = panel.locator('.tile', { has: sup.locator('.tile-name', { hasText: /^Waiting$/ }) });
    await expect.poll(() => waitingTile.locator('.tile-value').innerText(), WAIT).toBe('1');
    // Per queue: the one waiting customer shows in exactly one queue's row.
    await expect
      .poll(async () => (await panel.locator('#sup-queues tbody tr td:nth-child(2)').allInnerTexts()).reduce((sum, t) => sum + Number(t), 0), WAIT)
      .toBe(1);
    await sup.screenshot({ path: `${ARTIFACTS}console-supervisor.png` });

    const plain = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' })).newPage();
    const plainWatch = watch(plain);
    // A wrong password is refused on the page, plainly.
    await plain.goto(`${server.url}/agent`);
    await plain.getByTestId('login-username').fill(agent.username);
    await plain.getByTestId('login-password').fill('not-the-password');
    await plain.getByTestId('login-submit').click();
    await plain.getByTestId('login-error').waitFor({ state: 'visible', ...WAIT });
    expect(await plain.getByTestId('queue-list').isVisible()).toBe(false);
    await signInToConsole(plain, server.url, agent.username, agent.password);
    await expect.poll(() => plain.getByTestId('agent-name').innerText(), WAIT).toBe('Nora Quinn');
    await plain.getByTestId('queue-item').first().waitFor(WAIT);
    expect(await plain.getByTestId('supervisor-tab').isVisible()).toBe(false);
    expect(await plain.getByTestId('supervisor-panel').isVisible()).toBe(false);
    // And the API agrees: the supervisor figures are for supervisors only.
    const status = await plain.evaluate(async () => (await fetch('/agent/api/supervisor', { credentials: 'same-origin' })).status);
    expect(status).toBe(403);

    for (const watched of [supWatch, plainWatch]) {
      expect(outsideLocalhost(watched.requested)).toEqual([]);
      expect(watched.problems).toEqual([]);
    }
  }, 180_000);
});
