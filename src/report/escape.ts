/** Escaping for the places the writer puts data: HTML text (escHtml), JSON in a script element, JSON in a .js file. */
export { escHtml } from './client/render.js';

/**
 * JSON that is safe inside `<script type="application/json">`: no `<` (so no `</script>` or `<!--`), no `>`
 * or `&`, and no U+2028/U+2029; JSON.parse of the element's text gives the value back.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
