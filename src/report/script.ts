/**
 * The page script: the browser functions of ./client, sent as their own source text (Function.prototype.toString
 * of the compiled functions), so the writer and the page share one implementation of the span layout and the
 * escaping. Every client module holds only exported function declarations that call each other by name.
 */
import * as spans from './client/spans.js';
import * as render from './client/render.js';
import * as describe from './client/describe.js';
import * as tooltip from './client/tooltip.js';
import * as drops from './client/drops.js';
import * as list from './client/list-view.js';
import * as facts from './client/facts-view.js';
import * as article from './client/article-view.js';
import * as app from './client/app.js';

const MODULES: Record<string, unknown>[] = [spans, render, describe, tooltip, drops, list, facts, article, app];

/** The script text: every client function, then the call that starts the page. */
export function pageScript(): string {
  const fns = MODULES.flatMap((m) => Object.values(m).filter((v): v is (...a: unknown[]) => unknown => typeof v === 'function'));
  const body = fns.map((f) => f.toString()).join('\n');
  return `(function () {\n'use strict';\n${body}\ntfMain();\n})();\n`;
}
