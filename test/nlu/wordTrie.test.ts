import { describe, expect, test } from 'vitest';
import { WordTrie } from '../../src/nlu/text/wordTrie.ts';

describe('WordTrie', () => {
  const trie = new WordTrie([
    ['may', 1],
    ['mayo', 2],
    ['mañana', 4],
    ['día', 8],
    ["don't", 16],
  ]);

  test.each([
    ['may', 1],
    ['mayo', 2],
    ['ma', 0],
    ['mayor', 0],
    ['mañana', 4],
    ['manana', 0],
    ['día', 8],
    ["don't", 16],
    ['', 0],
  ] as const)('should give %j the flags %i', (word, flags) => {
    expect(trie.lookup(word, 0, word.length)).toBe(flags);
  });

  test('should look up a word inside a text and add flags to a word it has', () => {
    const text = 'see you in mayo';
    expect(trie.lookup(text, 11, 15)).toBe(2);
    trie.add('mayo', 32);
    expect(trie.lookup(text, 11, 15)).toBe(2 | 32);
  });

  test('should stay at "no such prefix" once a step fails', () => {
    let node = 0;
    for (const ch of 'mxy') node = trie.step(node, ch.charCodeAt(0));
    expect(node).toBe(-1);
    expect(trie.flags(node)).toBe(0);
  });

  test('should grow past its first block of nodes', () => {
    const big = new WordTrie(Array.from({ length: 500 }, (_, i) => [`word${i.toString(36)}x`, i + 1] as const));
    for (let i = 0; i < 500; i++) {
      const word = `word${i.toString(36)}x`;
      expect(big.lookup(word, 0, word.length)).toBe(i + 1);
    }
  });
});
