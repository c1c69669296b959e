import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, parseConfig } from '../../src/index.js';
import { readFileSync } from 'node:fs';

describe('parseConfig', () => {
  it('accepts the bundled pipeline.config.json', () => {
    expect(() => parseConfig(JSON.parse(readFileSync(new URL('../../pipeline.config.json', import.meta.url), 'utf8')))).not.toThrow();
  });
  it('fills defaults', () => {
    expect(defaultConfig.limits.maxFileBytes).toBeGreaterThan(0);
    expect(defaultConfig.output.format).toBe('json');
  });
  it.each([
    [{ unknownKey: 1 }, /unknownKey/],
    [{ limits: { maxFileBytes: 'big' } }, /^limits\.maxFileBytes: /],
    [{ runner: { concurrency: 0 } }, /^runner\.concurrency: /],
    [{ output: { format: 'xml' } }, /^output\.format: /],
    [{ lexicons: { events: [42] } }, /^lexicons\.events\[0\]/],
  ])('rejects %j naming the key path', (json, message) => {
    expect(() => parseConfig(json)).toThrow(ConfigError);
    expect(() => parseConfig(json)).toThrow(message);
  });
});
