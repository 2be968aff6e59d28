import { describe, expect, test } from 'vitest';
import { disputePolicy } from '../../../src/escalation/policies/openDisputePolicy.ts';

describe('disputePolicy', () => {
  test('should hand over a billing question while an earlier dispute is open', () => {
    expect(disputePolicy([{ number: 'CA-000004', conversationId: 'c-old' }], 'c-now')).toBe('billing question with an open dispute (CA-000004)');
    expect(disputePolicy([{ number: 'CA-000004', conversationId: null }, { number: 'CA-000009', conversationId: 'c-old' }], 'c-now')).toBe(
      'billing question with an open dispute (CA-000004, CA-000009)',
    );
  });

  test('should ignore disputes opened in this very conversation, and no disputes at all', () => {
    expect(disputePolicy([{ number: 'CA-000004', conversationId: 'c-now' }], 'c-now')).toBeNull();
    expect(disputePolicy([{ number: 'CA-000004', conversationId: 'c-now' }, { number: 'CA-000005', conversationId: 'c-old' }], 'c-now')).toBe(
      'billing question with an open dispute (CA-000005)',
    );
    expect(disputePolicy([], 'c-now')).toBeNull();
  });
});
