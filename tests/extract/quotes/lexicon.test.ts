import { describe, expect, it } from 'vitest';
import { extractQuotes, loadQuoteLexicon } from '../../../src/extract/quotes/index.js';
import { doc } from './helpers.js';

describe('loadQuoteLexicon', () => {
  it('builds lookup maps from word to rule id', () => {
    const lex = loadQuoteLexicon();
    expect(lex.speechVerbs.get('said')).toBe('quote/verb-say');
    expect(lex.anonymous.get('spokesman')).toBe('quote/anonymous-role');
    expect(Object.isFrozen(lex)).toBe(true);
  });

  it('rejects a rule without a reason or with a bad id (the key path in the message)', () => {
    expect(() => loadQuoteLexicon({ speechVerbs: [{ id: 'quote/x', reason: '', words: ['x'] }] })).toThrow(/^lexicons\.quotes\[0\]\.reason: /);
    expect(() => loadQuoteLexicon({ speechVerbs: [{ id: 'Bad Id', reason: 'r', words: ['x'] }] })).toThrow(/^lexicons\.quotes\[0\]\.id: /);
  });

  it('extra speech verbs are used', () => {
    const body = 'Jane Doe ran well. "I am so happy with this," Jane Doe grinned after.';
    const d = doc(body);
    const none = extractQuotes(d, { persons: [], refs: [] }, loadQuoteLexicon());
    const lex = loadQuoteLexicon({ speechVerbs: [{ id: 'quote/verb-grin', reason: 'test verb', words: ['grinned'] }] });
    const withVerb = extractQuotes(d, { persons: [], refs: [] }, lex);
    expect(withVerb[0]!.speakerName).toBe('Jane Doe');
    expect(withVerb[0]!.rule).toContain('attr/verb-after');
    expect(none[0]!.rule).not.toContain('attr/verb-after');
  });
});
