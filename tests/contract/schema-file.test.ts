import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsJsonSchema } from '../../src/index.js';

describe('docs/facts.schema.json', () => {
  it('is the JSON Schema generated from the zod schemas (regenerate: node dist/cli/main.js schema > docs/facts.schema.json)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/facts.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(factsJsonSchema());
  });
});
