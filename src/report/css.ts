/** The page's style sheet: system fonts only, colours from kinds.ts (contrast-checked). */
import { MARK_KINDS } from './kinds.js';

export function pageCss(): string {
  const kinds = MARK_KINDS.map((k, i) => `.lab.k${i}{background:${k.color}}.ln-key.r${i}{border-bottom:2px ${['solid', 'dashed', 'dotted'][i] ?? 'solid'} ${k.color}}`).join('\n');
  return `
:root{color-scheme:light;--fg:#1a202c;--muted:#4a5568;--line:#cbd5e0;--bg:#fff;--focus:#b7791f}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
header{display:flex;gap:1.5em;align-items:baseline;padding:.6em 1.2em;border-bottom:1px solid var(--line);background:#f7fafc}
header h1{font-size:1.1em;margin:0}
header nav a{margin-right:1em}
main,#summary{max-width:72em;margin:0 auto;padding:0 1.2em}
a{color:#1a4f9c}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,.s:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
h2{font-size:1.25em;margin:1em 0 .4em}
h3{font-size:1.05em;margin:1.4em 0 .4em}
.meta,.hint{color:var(--muted);font-size:.9em}
.tiles{display:flex;flex-wrap:wrap;gap:.5em;margin:.5em 0;padding:0}
.tiles div{border:1px solid var(--line);border-radius:4px;padding:.3em .7em;min-width:7em}
.tiles dt{font-size:.8em;color:var(--muted)}.tiles dd{margin:0;font-size:1.3em;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:1em}
.chart{margin:0}.chart figcaption{font-weight:600;font-size:.9em}.chart svg text{font-size:11px;fill:var(--fg)}
.filters{display:flex;flex-wrap:wrap;gap:.6em 1.2em;align-items:center;margin:.5em 0}
.filters input[type=search],.filters input[type=text]{width:13em}
table.grid{border-collapse:collapse;width:100%;font-size:.9em}
table.grid th,table.grid td{border-bottom:1px solid var(--line);padding:.25em .4em;text-align:left;vertical-align:top}
table.grid th{background:#f7fafc}
td.n{text-align:right;font-variant-numeric:tabular-nums}td.id{font-family:ui-monospace,monospace;font-size:.85em;color:var(--muted)}
.pager{margin:.5em 0}
.tabs a{display:inline-block;margin:0 .6em .3em 0}.tabs a[aria-current]{font-weight:700}
.lab{display:inline-block;color:#fff;font-size:.72em;font-weight:600;letter-spacing:.03em;padding:0 .3em;border-radius:3px;line-height:1.4}
.body{max-width:46em}
.pw{position:relative}
.para{white-space:pre-wrap;line-height:calc(2.6em + var(--lv,0) * 4px);margin:0 0 .6em}
.s{position:relative;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help}
.s[data-lb]::before{content:attr(data-lb);position:absolute;left:0;top:-1.25em;font-size:.6em;font-weight:700;line-height:1;color:var(--muted);white-space:nowrap;letter-spacing:.02em;pointer-events:none}
.s.on,.s.hl{background-color:#fefcbf}
svg.links{position:absolute;left:0;top:0;pointer-events:none;overflow:visible}
svg.links path{fill:none;stroke-width:1.3;opacity:.55}
svg.links path.r1{stroke-dasharray:5 3}svg.links path.r2{stroke-dasharray:1.5 3}
svg.links path.on{stroke-width:2.6;opacity:1}
svg.defs{position:absolute}
.problems{color:#742a2a}
.error{color:#9b2c2c;font-weight:600}
#tip{position:absolute;z-index:10;pointer-events:none;max-width:28em;background:#fff;border:1px solid #718096;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.2);padding:.4em .6em;font-size:.85em}
#tip .tip-fact+.tip-fact{border-top:1px solid var(--line);margin-top:.3em;padding-top:.3em}
#tip .tip-id,#tip .tip-rules{font-family:ui-monospace,monospace;font-size:.9em;color:var(--muted)}
.drops-toggle{font-size:.9em;margin:.2em 0 .6em}
.drop-key{border:1.5px dashed #c53030;padding:0 .2em}
.drop{position:absolute;border:1.5px dashed #c53030;background:rgba(197,48,48,.08);border-radius:2px;cursor:help;box-sizing:border-box}
.drop.st-segment{border-color:#718096;background:rgba(113,128,150,.06)}
.drop:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
#tip .tip-drop .tip-head{color:#9b2c2c;font-weight:600}
#tip .tip-drop+.tip-fact{border-top:1px solid var(--line);margin-top:.3em;padding-top:.3em}
#tip .tip-reason{font-size:.9em}
.static article{border-top:1px solid var(--line);margin-top:1em}
${kinds}
`;
}
