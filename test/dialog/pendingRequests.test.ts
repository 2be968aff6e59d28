/**
 * What becomes of the requests an earlier message asked of a parcel not yet known, after the next
 * message: answered once it found the parcel asked about, kept while the search still narrows, let go
 * when the customer moved on.
 */
import { expect, test } from 'vitest';
import { openQuestionOf, pendingAfter } from '../../src/dialog/pendingRequests.ts';
import { INITIAL_DIALOG_STATE, type DialogState, type QueryContext } from '../../src/dialog/state.ts';

const MELBOURNE = { name: 'Melbourne', country: 'AU' };
const query = (sources: QueryContext['sources']): QueryContext => ({ dateRange: null, origin: null, destination: MELBOURNE, statusHints: [], sources });
const state = (patch: Partial<DialogState>): DialogState => ({ ...INITIAL_DIALOG_STATE, ...patch });

const askedWhen = state({ awaiting: 'slot_date', lastQuery: query({ destination: 'message' }) });
const askedWhich = state({ awaiting: 'choice', candidates: ['1ZA', '1ZB'], lastList: ['1ZA', '1ZB'], lastQuery: query({ destination: 'message' }) });
const answered = state({ lastParcel: '1ZA', lastQuery: query({ destination: 'earlier', dateRange: 'message' }) });
const elsewhere = state({ lastParcel: '1ZC', lastQuery: { ...query({ destination: 'message' }), destination: { name: 'Berlin', country: 'DE' } } });
const narrower = state({ awaiting: 'choice', candidates: ['1ZA', '1ZB'], lastList: ['1ZA', '1ZB'], lastQuery: query({ destination: 'earlier', dateRange: 'message' }) });

test.each([
  ['the answer to "when?" finds the parcel', askedWhen, answered, '1ZA', 'run'],
  ['one of the offered parcels is picked', askedWhich, state({ lastParcel: '1ZB' }), '1ZB', 'run'],
  ['the answer still leaves several', askedWhen, narrower, null, 'keep'],
  ['another parcel described afresh', askedWhen, elsewhere, '1ZC', 'drop'],
  ['a parcel not offered', askedWhich, elsewhere, '1ZC', 'drop'],
  ['a cancellation', askedWhen, state({}), null, 'drop'],
  ['no question was open', state({ lastQuery: query({ destination: 'message' }) }), answered, '1ZA', 'drop'],
] as const)('%s → %s', (_name, before, after, found, next) => {
  expect(pendingAfter(before, after, found)).toBe(next);
});

test('should keep everything the open question needs to be answered', () => {
  const open = openQuestionOf(askedWhich);
  expect(open).toMatchObject({ awaiting: 'choice', candidates: ['1ZA', '1ZB'], lastList: ['1ZA', '1ZB'], lastQuery: askedWhich.lastQuery });
});
