/**
 * Attribution of one quote from the words around it, in one sentence: after it (`trailing.ts`) or before it
 * (`leading.ts`), each a short cascade of named rules (`RULES` in ../rules.ts).
 */
export { blockIndexAt, type Attribution, type AttributionContext } from './context.js';
export { trailingAttribution } from './trailing.js';
export { leadingAttribution, previousSentence } from './leading.js';
