/** HTML character references to text (`&nbsp;` becomes a plain space: the core reads spaces, not NBSPs). */
import { decodeHTML } from 'entities';

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/;

/** Decodes entities when there are any (cheap prefilter: no `&`, no work). */
export function decodeEntities(s: string): string {
  if (!s.includes('&') || !ENTITY.test(s)) return s.replace(/\u00a0/g, ' ');
  return decodeHTML(s).replace(/\u00a0/g, ' ');
}
