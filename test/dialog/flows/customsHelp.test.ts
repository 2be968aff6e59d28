import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { STORY_TRACKING_NUMBERS as STORY } from '../../../src/demo/index.ts';
import { customsHelpFlow } from '../../../src/dialog/flows/customsHelp/customsHelpFlow.ts';
import { DEFAULT_DOCUMENTS, documentsFor, missingDocumentsIn } from '../../../src/dialog/flows/customsHelp/documents.ts';
import { DOCUMENT_UPLOADS, PHOTO_UPLOADS, checkUpload } from '../../../src/dialog/flows/shared/uploads.ts';
import type { Store } from '../../../src/store/store.ts';
import { deadlineClock } from '../../../src/escalation/serviceLevels.ts';
import { parseBusinessHours } from '../../../src/schedule/openingHours.ts';
import { NOW, demoStore, parcelContext, textOf } from './parcelFlowHarness.ts';

const MB = 1024 * 1024;

describe('customs documents as data', () => {
  test.each([
    ['US', ['commercial_invoice', 'packing_list', 'certificate_of_origin']],
    ['DE', ['commercial_invoice', 'packing_list', 'certificate_of_origin', 'eori_number']],
    ['MX', ['commercial_invoice', 'packing_list', 'certificate_of_origin', 'importer_tax_id']],
    ['ZZ', DEFAULT_DOCUMENTS],
  ])('should list what %s needs', (country, docs) => {
    expect(documentsFor(country)).toEqual(docs);
  });

  test('should read the missing document from a hold scan', () => {
    expect(missingDocumentsIn('Your package is being held for customs clearance: a commercial invoice is required.')).toEqual(['commercial_invoice']);
    expect(missingDocumentsIn('Held: packing list and certificate of origin required')).toEqual(['packing_list', 'certificate_of_origin']);
    expect(missingDocumentsIn('Held for inspection')).toEqual([]);
  });
});

describe('the general customs answer, before the parcel is known', () => {
  test.each([
    ['en', 'What customs needs for an international parcel: always commercial invoice and packing list; depending on the destination also certificate of origin, the importer\'s EORI number and the importer\'s tax ID.'],
    ['zh', '国际包裹清关一般需要：商业发票、装箱单；视目的地还可能需要：原产地证明、进口商 EORI 号码、进口商税号。'],
    ['es', 'Lo que pide la aduana para un envío internacional: siempre factura comercial y lista de empaque; según el destino, también certificado de origen, el número EORI del importador y el número fiscal del importador.'],
  ])('should name in %s every document of the data, the common ones first', (locale, opening) => {
    const answer = customsHelpFlow.generalAnswer!(locale);
    expect(answer.startsWith(opening)).toBe(true);
    expect(answer).toContain(locale === 'zh' ? '1 小时内' : locale === 'es' ? 'menos de una hora' : 'within one hour');
  });
});

describe('upload checks', () => {
  test.each([
    ['a PDF', { contentType: 'application/pdf', name: 'invoice.pdf', sizeBytes: 200_000 }, DOCUMENT_UPLOADS, { ok: true, contentType: 'application/pdf' }],
    ['a generic type read from the extension', { contentType: 'application/octet-stream', name: 'scan.JPG', sizeBytes: null }, DOCUMENT_UPLOADS, { ok: true, contentType: 'image/jpeg' }],
    ['a type with parameters', { contentType: 'Image/PNG; charset=binary', name: null, sizeBytes: 10 }, PHOTO_UPLOADS, { ok: true, contentType: 'image/png' }],
    ['an executable', { contentType: 'application/x-msdownload', name: 'invoice.exe', sizeBytes: 1000 }, DOCUMENT_UPLOADS, { ok: false, reason: 'type' }],
    ['a disguised executable', { contentType: 'application/octet-stream', name: 'invoice.pdf.exe', sizeBytes: 1000 }, DOCUMENT_UPLOADS, { ok: false, reason: 'type' }],
    ['a PDF as a damage photo', { contentType: 'application/pdf', name: 'x.pdf', sizeBytes: 1000 }, PHOTO_UPLOADS, { ok: false, reason: 'type' }],
    ['a file over the limit', { contentType: 'image/jpeg', name: 'big.jpg', sizeBytes: 10 * MB + 1 }, PHOTO_UPLOADS, { ok: false, reason: 'size' }],
    ['a file at the limit', { contentType: 'image/jpeg', name: 'big.jpg', sizeBytes: 10 * MB }, PHOTO_UPLOADS, { ok: true, contentType: 'image/jpeg' }],
  ])('should judge %s', (_name, file, rules, expected) => {
    expect(checkUpload(file, rules)).toEqual(expected);
  });
});

describe('customs_help flow on the demo parcels', () => {
  let store: Store;
  beforeAll(async () => {
    store = await demoStore(['u-alice', 'u-li']);
  });
  afterAll(async () => {
    await store.close();
  });

  test('should offer an advisor for a held parcel described alone, opening no ticket unasked', async () => {
    const { ctx, shipment } = await parcelContext(store, 'u-alice', STORY.customsHeld, { text: 'my parcel is stuck in customs', conversationId: 'c-customs-described' });
    const offer = await customsHelpFlow.run(ctx, shipment);
    expect(offer.awaitConfirmation).toBe(true);
    expect(textOf(offer)).toContain('Still missing: commercial invoice.');
    expect(await store.tickets.listForConversation('c-customs-described')).toEqual([]);
  });

  test('should open a customs ticket for a held parcel when asked for help, with the desk\'s one-hour first-response target', async () => {
    const { ctx, shipment } = await parcelContext(store, 'u-alice', STORY.customsHeld, { text: 'can someone help me clear it through customs?' });
    const result = await customsHelpFlow.run(ctx, shipment);
    const text = textOf(result);
    expect(text).toContain('is held in customs at Anchorage, United States');
    expect(text).toContain('Still missing: commercial invoice.');
    const number = /customs ticket (CA-\d{6})/.exec(text)![1]!;
    const ticket = (await store.tickets.get(number))!;
    expect(ticket).toMatchObject({ category: 'customs', priority: 'high', userId: 'u-alice', trackingNumbers: [STORY.customsHeld] });
    // Friday 09:00 UTC, inside the desk's hours: one hour later.
    expect(ticket.details.firstResponseDueAt).toBe('2026-03-20T10:00:00.000Z');
    expect(text).toContain('a customs advisor will contact you by Fri, 20 Mar 2026, 10:00 GMT+00:00 to help');
    expect(ticket.details.missingDocuments).toEqual(['commercial_invoice']);
    expect(result.awaitConfirmation).toBeUndefined();
  });

  test('should keep accepted documents with the ticket and refuse a forbidden or too large file', async () => {
    const stored = await store.media.save({
      channelId: 'whatsapp', conversationId: null, providerMediaId: 'wa-1', contentType: 'application/pdf', fileName: 'invoice.pdf', data: Buffer.from('%PDF-1.7'), createdAt: NOW,
    });
    const huge = await store.media.save({
      channelId: 'whatsapp', conversationId: null, providerMediaId: 'wa-2', contentType: 'image/jpeg', fileName: 'photo.jpg', data: Buffer.alloc(10 * MB + 1), createdAt: NOW,
    });
    const { ctx, shipment } = await parcelContext(store, 'u-alice', STORY.customsHeld, {
      text: 'here is the invoice',
      attachments: [
        { contentType: 'application/pdf', contentUrl: `media:${stored.id}`, name: 'invoice.pdf' },
        { contentType: 'application/x-msdownload', contentUrl: 'https://example.com/uploads/run.exe', name: 'run.exe' },
        { contentType: 'image/jpeg', contentUrl: `media:${huge.id}`, name: 'photo.jpg' },
      ],
    });
    const text = textOf(await customsHelpFlow.run(ctx, shipment));
    const number = /ticket (CA-\d{6})/.exec(text)![1]!;
    expect(text).toContain(`Thanks — I have added your document to ticket ${number} for the advisor.`);
    expect(text).toContain("I can't take run.exe: please send documents as PDF, JPEG, PNG, HEIC, WebP or TIFF files.");
    expect(text).toContain('photo.jpg is too large: each file may be up to 10 MB.');
    expect(await store.ticketAttachments.listForTicket(number)).toMatchObject([{ contentUrl: `media:${stored.id}`, contentType: 'application/pdf', fileName: 'invoice.pdf', sizeBytes: 8 }]);
  });

  test('should add later documents to the ticket already open on the parcel', async () => {
    const first = await parcelContext(store, 'u-li', STORY.customsHeld, { conversationId: 'c-customs-twice', locale: 'zh', text: '帮我清关' });
    const opened = /工单 (CA-\d{6})/.exec(textOf(await customsHelpFlow.run(first.ctx, first.shipment)))![1]!;
    const again = await parcelContext(store, 'u-li', STORY.customsHeld, {
      conversationId: 'c-customs-twice',
      locale: 'zh',
      attachments: [{ contentType: 'image/png', contentUrl: 'https://example.com/uploads/invoice.png', name: 'invoice.png' }],
    });
    const text = textOf(await customsHelpFlow.run(again.ctx, again.shipment));
    expect(text).toContain(`清关工单 ${opened} 已在处理中`);
    expect(text).toContain(`已收到 1 份文件，并已添加到工单 ${opened}`);
    const open = (await store.tickets.openForAccount(again.shipment.accountNumber, 'customs')).filter((t) => t.trackingNumbers.includes(STORY.customsHeld));
    expect(open.map((t) => t.number)).toEqual([opened]);
  });

  test('should offer an advisor for a parcel not at customs yet, and open the ticket only on yes', async () => {
    const { ctx, shipment } = await parcelContext(store, 'u-alice', STORY.torontoYesterday, { conversationId: 'c-customs-offer' });
    const offer = await customsHelpFlow.run(ctx, shipment);
    expect(offer.awaitConfirmation).toBe(true);
    expect(textOf(offer)).toContain('For Canada, customs needs: commercial invoice, packing list and certificate of origin.');
    // The harness desk: Mon-Fri 09:00-18:00 UTC; Friday 09:00 UTC, so an hour later that day.
    expect(textOf(offer)).toContain('Shall I ask a customs advisor to contact you about it? They would contact you by Fri, 20 Mar 2026, 10:00 GMT+00:00.');
    expect(await store.tickets.listForConversation('c-customs-offer')).toEqual([]);
    const yes = await customsHelpFlow.run({ ...ctx, confirmed: true }, shipment);
    expect(textOf(yes)).toMatch(/customs ticket CA-\d{6}/);
    expect(await store.tickets.listForConversation('c-customs-offer')).toHaveLength(1);
  });

  test('should say a domestic parcel needs no customs documents, and open nothing', async () => {
    const { ctx, shipment } = await parcelContext(store, 'u-alice', STORY.shenzhenToBeijingLastWednesday, { conversationId: 'c-customs-domestic' });
    expect(textOf(await customsHelpFlow.run(ctx, shipment))).toContain('does not go through customs');
    expect(await store.tickets.listForConversation('c-customs-domestic')).toEqual([]);
  });
});

describe('customs_help on a Sunday: the promise is the desk\'s next working time', () => {
  let store: Store;
  // A store per case: each opens its own ticket (one open ticket per parcel and category).
  beforeEach(async () => {
    store = await demoStore(['u-alice']);
  });
  afterEach(async () => {
    await store.close();
  });

  test.each([
    ['en', 'a customs advisor will contact you by Mon, 23 Mar 2026, 22:00 China Standard Time to help'],
    ['zh', '专属清关顾问会在中国标准时间 2026年3月23日周一 22:00前联系您'],
  ])('should promise Monday, in the customer\'s zone (%s), when the desk in New York is closed', async (locale, expected) => {
    // Sunday 22 Mar 2026, 13:29 in New York (already Monday 01:29 in Shanghai).
    const sunday = new Date('2026-03-22T17:29:00.000Z');
    const deadlines = deadlineClock(parseBusinessHours('Mon-Fri 09:00-18:00', 'America/New_York'));
    const { ctx, shipment } = await parcelContext(store, 'u-alice', STORY.customsHeld, { now: sunday, locale, timeZone: 'Asia/Shanghai', deadlines, confirmed: true });
    const text = textOf(await customsHelpFlow.run(ctx, shipment));
    expect(text).toContain(expected);
    // Monday 09:00 in New York (13:00 UTC) plus the hour: 14:00 UTC, 22:00 in Shanghai.
    const [ticket] = await store.tickets.openForAccount(shipment.accountNumber, 'customs');
    expect(ticket!.details.firstResponseDueAt).toBe('2026-03-23T14:00:00.000Z');
  });
});
