/** The I/O layer: walking inputs, reading the config file, writing outputs atomically. */
export { walkInputs } from './walk.js';
export type { InputFile, WalkOptions, WalkResult } from './walk.js';
export { writeFileAtomic, tempPathFor } from './atomic-write.js';
export type { AtomicWriteOptions } from './atomic-write.js';
export { loadConfigFile, ConfigFileError, DEFAULT_CONFIG_FILE } from './config-file.js';
export type { LoadedConfig } from './config-file.js';
export { ioProblem } from './problems.js';
