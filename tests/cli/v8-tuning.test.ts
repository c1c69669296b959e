import { describe, expect, it } from 'vitest';
import { tuneV8ForBatches } from '../../src/cli/v8-tuning.js';

describe('tuneV8ForBatches', () => {
  it('leaves the tier-up threshold alone when the node command line sets it', () => {
    expect(tuneV8ForBatches(['--interrupt-budget=100000'])).toBe(false);
    expect(tuneV8ForBatches(['--no-warnings', '--interrupt-budget', '100000'])).toBe(false);
  });
  it('sets it otherwise', () => {
    expect(tuneV8ForBatches(['--no-warnings'])).toBe(true);
  });
});
