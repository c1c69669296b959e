/** Ingest's rule tables: ids and reasons, validated on load; a malformed table is refused. */
import { describe, expect, it } from 'vitest';
import { defineRules } from '../../src/ingest/rules.js';
import { HTML_RULES } from '../../src/ingest/html/content.js';
import { META_RULES } from '../../src/ingest/html/meta.js';
import { BINARY_SIGNATURES } from '../../src/ingest/decode.js';
import { TXT_RULES } from '../../src/ingest/txt.js';

describe('rule tables', () => {
  const all = [...HTML_RULES, ...Object.values(META_RULES).flat(), ...BINARY_SIGNATURES, ...TXT_RULES];
  it('every rule has a namespaced id and a reason; ids are unique', () => {
    for (const r of all) {
      expect(r.id).toMatch(/^(?:decode|txt|md|html|meta)\/[a-z0-9-]+$/);
      expect(r.reason.length).toBeGreaterThanOrEqual(10);
    }
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it('malformed tables throw when defined', () => {
    expect(() => defineRules([{ id: 'nonamespace', reason: 'a reason that is long enough' }])).toThrow();
    expect(() => defineRules([{ id: 'html/x', reason: 'short' }])).toThrow();
    expect(() => defineRules([{ id: 'html/x', reason: 'a reason that is long enough', pattern: 'not a regexp' as unknown as RegExp }])).toThrow();
    expect(() => defineRules([{ id: 'html/x', reason: 'a reason that is long enough' }, { id: 'html/x', reason: 'a reason that is long enough' }])).toThrow(/duplicate/);
  });
});
