import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfigFile, ConfigFileError } from '../../src/io/config-file.js';
import { defaultConfig } from '../../src/config/schema.js';

const dir = () => mkdtempSync(path.join(tmpdir(), 'trackfacts-config-'));

describe('loadConfigFile', () => {
  it('without a file and without ./pipeline.config.json: the defaults', async () => {
    expect(await loadConfigFile(null, dir())).toEqual({ config: defaultConfig, file: null });
  });

  it('reads ./pipeline.config.json when present', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'pipeline.config.json'), JSON.stringify({ limits: { maxFileBytes: 123 } }));
    const r = await loadConfigFile(null, d);
    expect(r.config.limits.maxFileBytes).toBe(123);
    expect(r.file).toBe(path.join(d, 'pipeline.config.json'));
  });

  const bad: [string, string, RegExp][] = [
    ['a wrong type names the key path', JSON.stringify({ limits: { maxFileBytes: 'x' } }), /^c\.json: limits\.maxFileBytes: /],
    ['an unknown key is named', JSON.stringify({ limits: { maxFileBytes: 1 }, colour: 'red' }), /^c\.json: .*colour/],
    ['not JSON', '{ nope', /^c\.json: not valid JSON/],
  ];
  it.each(bad)('%s', async (_name, text, message) => {
    const d = dir();
    writeFileSync(path.join(d, 'c.json'), text);
    const e = await loadConfigFile('c.json', d).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigFileError);
    expect((e as Error).message).toMatch(message);
  });

  it('a missing named file is an error naming it', async () => {
    await expect(loadConfigFile('absent.json', dir())).rejects.toThrow(/^absent\.json: cannot read config \(ENOENT\)/);
  });
});
