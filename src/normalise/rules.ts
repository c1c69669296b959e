/**
 * Normalise's rules in the catalogue (issue 12). Normalise turns linked mentions into keyed facts; it decides
 * nothing of its own by rule today (it reads `link/event-of-race-name`, declared by link). The athlete-role
 * decision that issue 12 moves out of normalise is declared by the persons stage.
 */
import { defineRules } from '../rules/catalogue.js';

export const RULES = defineRules('normalise', {});
