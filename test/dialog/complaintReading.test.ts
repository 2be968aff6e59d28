import { describe, expect, test } from 'vitest';
import { complaintTask, parcelTopicOf } from '../../src/dialog/complaintReading.ts';
import type { IntentName } from '../../src/nlu/types.ts';
import { parseOf } from './parseFixture.ts';

describe('parcelTopicOf', () => {
  test.each([
    // The classifier's choice when it is fairly sure.
    ['anything', 'damaged_package', 0.9, 'damaged_package'],
    // Its own words otherwise, whatever a complaint's other words did to the classifier.
    ['this is ridiculous, my parcel has been held at customs for a week, I want to make a complaint', 'out_of_scope', 0.64, 'customs_help'],
    ['我的包裹在海关卡了五天，我要投诉', 'talk_to_agent', 0.9, 'customs_help'],
    ['quiero poner una queja, mi paquete está en la aduana', 'out_of_scope', 0.5, 'customs_help'],
    ['I want to complain about your rude driver', 'talk_to_agent', 0.95, null],
    // A word inside another word is not the word: "customsless" is made up, "late" is not in "template".
    ['the template you sent me is wrong', 'out_of_scope', 0.4, null],
  ] as const)('"%s" (%s %s) is about %s', (text, intent, confidence, topic) => {
    expect(parcelTopicOf(text, parseOf({ intent: intent as IntentName, confidence }))).toBe(topic);
  });

  test('should make a complaint about parcel trouble a complaint task, only for a linked customer', () => {
    const parse = parseOf({ intent: 'out_of_scope', confidence: 0.6 });
    expect(complaintTask('my parcel is stuck at customs, I want to complain', parse, true)).toBe('complaint');
    expect(complaintTask('my parcel is stuck at customs, I want to complain', parse, false)).toBeUndefined();
    expect(complaintTask('I want to complain about your rude driver', parseOf({ intent: 'talk_to_agent', confidence: 1 }), true)).toBeUndefined();
  });
});
