/**
 * Loads pipeline.config.json: reads the file, parses JSON and validates it with the config schema.
 * Every failure is a ConfigFileError whose message names the file (and the key path, from the schema).
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, defaultConfig, parseConfig } from '../config/schema.js';
import type { Config } from '../config/schema.js';

export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
}

export const DEFAULT_CONFIG_FILE = 'pipeline.config.json';

export interface LoadedConfig {
  config: Config;
  /** The file read, or null when the defaults were used. */
  file: string | null;
}

/** `file` given: it must exist. Not given: `./pipeline.config.json` when present, else the defaults. */
export async function loadConfigFile(file: string | null, cwd: string = process.cwd()): Promise<LoadedConfig> {
  let target = file;
  if (target === null) {
    const dflt = path.resolve(cwd, DEFAULT_CONFIG_FILE);
    if (!existsSync(dflt)) return { config: defaultConfig, file: null };
    target = DEFAULT_CONFIG_FILE;
  }
  const abs = path.resolve(cwd, target);
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigFileError(`${target}: cannot read config${code ? ` (${code})` : ''}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigFileError(`${target}: not valid JSON: ${(err as Error).message}`);
  }
  try {
    return { config: parseConfig(json), file: abs };
  } catch (err) {
    if (err instanceof ConfigError) {
      const lines = err.message.split('\n');
      throw new ConfigFileError(lines.map((l) => `${target}: ${l}`).join('\n'));
    }
    throw err;
  }
}
