/** The page's one stylesheet: system fonts only (nothing to fetch), a sidebar that stacks on a phone, a print layout. */
import { categoryCss } from './categories.js';

const BASE = `
:root{--fg:#1b1b1b;--muted:#5c5c5c;--rule:#d9d9d9;--side:#f7f7f5;--accent:#0072B2;color-scheme:light;
  font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;
  line-height:1.6;color:var(--fg);background:#fff}
*{box-sizing:border-box}
body{margin:0}
.top{display:flex;gap:1rem;align-items:baseline;padding:.4rem 1rem;border-bottom:1px solid var(--rule);font-size:.85rem;color:var(--muted)}
.top strong{color:var(--fg)}
.layout{display:grid;grid-template-columns:16rem minmax(0,1fr)}
.side{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:.75rem 1rem;background:var(--side);border-right:1px solid var(--rule);font-size:.85rem}
.side h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:.75rem 0 .35rem}
.side .nav-doc{font-size:.9rem;margin:1rem 0 .3rem;padding-top:.5rem;border-top:1px solid var(--rule);overflow-wrap:anywhere}
.side .nav-doc a{color:inherit}
.side fieldset{border:0;margin:0;padding:0}
.side legend{font-weight:600;padding:0;margin-bottom:.25rem}
.side label{display:flex;align-items:center;gap:.4rem;margin:.15rem 0;cursor:pointer}
.side .n{margin-left:auto;color:var(--muted);font-variant-numeric:tabular-nums}
.side input[type=range]{width:100%}
.side ol{list-style:none;margin:0;padding:0}
.side li a{display:flex;gap:.4rem;padding:.1rem .25rem;border-radius:3px;color:inherit;text-decoration:none}
.side li a:hover,.side li a:focus-visible{background:#e8eef3}
.side .count{margin-left:auto}
#shown{color:var(--muted);margin:.4rem 0 0}
main{padding:1rem 2rem 3rem;max-width:72rem;min-width:0}
.doc+.doc{border-top:3px double var(--rule);margin-top:2.5rem;padding-top:1rem}
.doc-head .kicker{margin:0;color:var(--muted);font-size:.95rem}
.doc-head h1{font-size:1.6rem;line-height:1.3;margin:.2rem 0}
.doc-head .subtitle{margin:0 0 .3rem;font-size:1.1rem}
.doc-head .byline{margin:.2rem 0;color:var(--muted)}
.meta{display:flex;flex-wrap:wrap;gap:.2rem 1.25rem;margin:.5rem 0;font-size:.85rem}
.meta div{display:flex;gap:.35rem;min-width:0}
.meta dt{color:var(--muted)}
.meta dd{margin:0;overflow-wrap:anywhere}
.hash{font-size:.75rem}
.warnings{margin:.3rem 0;padding-left:1.2rem;color:#8a3b00}
.no-warnings{margin:.3rem 0;color:var(--muted);font-size:.85rem}
h2{font-size:1.2rem;margin:1.75rem 0 .5rem;border-bottom:1px solid var(--rule)}
.block{margin:0 0 1.2rem;scroll-margin-top:1rem}
.block h3{font-size:1.05rem;margin:0 0 .25rem;display:flex;gap:.5rem;align-items:baseline}
.block h3 .index{color:var(--muted);font-size:.8rem;min-width:1.5rem}
.block h3 .count{font-size:.75rem;font-weight:400;color:var(--muted);border:1px solid var(--rule);border-radius:1rem;padding:0 .45rem}
.body{white-space:pre-line;font-size:1.05rem;line-height:1.9;overflow-wrap:anywhere}
mark.fact{background:var(--tint);color:inherit;text-decoration-thickness:2px;text-underline-offset:.3em;border-radius:2px;padding:0 1px;cursor:pointer;scroll-margin:6rem}
mark.fact:focus-visible,del.dropped:focus-visible,tr:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
mark.fact.off{background:none;text-decoration:none;cursor:auto;padding:0}
mark.flash,del.flash{animation:flash 1.8s ease-out}
@keyframes flash{0%,45%{box-shadow:0 0 0 4px #111}100%{box-shadow:0 0 0 4px #1110}}
del.dropped{color:#6b6b6b;text-decoration:line-through 1.5px #444;background:repeating-linear-gradient(135deg,#0000 0 3px,#0000001a 3px 5px);cursor:help}
.hide-dropped del.dropped{color:inherit;text-decoration:none;background:none}
.swatch{display:inline-block;background:var(--tint);text-decoration-thickness:2px;text-underline-offset:.3em;padding:0 .3rem;border-radius:2px;line-height:1.5}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.85rem}
table.summary,table.dropped{width:auto}
th,td{padding:.2rem .5rem;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top;white-space:nowrap}
td:nth-child(9){white-space:normal;min-width:8rem}
.num{text-align:right;font-variant-numeric:tabular-nums}
th button{all:unset;cursor:pointer;font-weight:600}
th button:focus-visible{outline:2px solid var(--accent)}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
tbody tr[data-target]{cursor:pointer}
tbody tr[data-target]:hover{background:#eef4f9}
.chart{max-width:100%;height:auto;font-size:12px;font-family:inherit}
.chart .panel{font-weight:600}
.chart .name,.chart .value{fill:#222}
.card{position:absolute;z-index:10;max-width:min(22rem,calc(100vw - 1rem));background:#fff;border:1px solid #777;border-radius:6px;box-shadow:0 4px 18px #0004;padding:.45rem .7rem;font-size:.85rem;line-height:1.45}
.card[hidden]{display:none}
.card .card-title{margin:0 0 .3rem}
.card dl{display:grid;grid-template-columns:auto 1fr;gap:0 .8rem;margin:0}
.card dt{color:var(--muted)}
.card dd{margin:0;overflow-wrap:anywhere}
.note{color:var(--muted);font-size:.85rem}
@media (max-width:52rem){
  .layout{grid-template-columns:1fr}
  .side{position:static;max-height:none;border-right:0;border-bottom:1px solid var(--rule)}
  .side nav ol{columns:2 10rem}
  .side fieldset{display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));column-gap:1rem}
  main{padding:.75rem 1rem 2rem}
  .body{font-size:1rem}
}
@media (prefers-reduced-motion:reduce){mark.flash,del.flash{animation:none;outline:3px solid #111}}
@media print{
  .side,.card,.top,th button::after{display:none}
  .layout{display:block}
  main{padding:0;max-width:none}
  .doc+.doc{break-before:page}
  mark.fact,.swatch,del.dropped,.chart{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  h2,h3{break-after:avoid}
  tr,.block h3{break-inside:avoid}
  .scroll{overflow:visible}
  th,td{white-space:normal}
  a{color:inherit;text-decoration:none}
}
`;

export const STYLE = `${BASE.trim()}\n${categoryCss()}`;
