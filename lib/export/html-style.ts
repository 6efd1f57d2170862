// The HTML export's only stylesheet, inlined: system fonts, no url(), nothing fetched. Verdict
// colours are the desk's (app/globals.css) and only reinforce the words and symbols beside them.
export const EXPORT_CSS = `
:root {
  --ink: #1b1f24; --muted: #57606a; --paper: #ffffff; --line: #d0d7de; --accent: #0b5cad; --warn: #b54708;
  --serif: Georgia, "Times New Roman", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --v-true: #d1fadf; --v-mostly_true: #e3f7c7; --v-mixed: #fef0c7; --v-mostly_false: #fddcab;
  --v-false: #fecdca; --v-misleading: #e9d7fe; --v-unsupported: #e4e7ec; --v-none: #fff3a3;
}
* { box-sizing: border-box; }
body { margin: 0; font-family: var(--sans); color: var(--ink); background: var(--paper); line-height: 1.5; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--paper); padding: 0.5rem 1rem; }
.skip-link:focus { left: 0.5rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
header, main, footer { max-width: 46rem; margin: 0 auto; padding: 1rem 1.5rem; }
.newsroom, .byline, footer { color: var(--muted); }
.internal { border: 2px dashed var(--warn); padding: 0.5rem 0.75rem; font-weight: 600; }
.article-text { font-family: var(--serif); font-size: 1.15rem; line-height: 1.7; }
.article-text :is(p, h3, h4, h5, h6, li, pre) { white-space: pre-wrap; }
.article-text pre { overflow-x: auto; background: #f5f6f8; padding: 0.75rem; }
mark { color: inherit; background: var(--v-none); border-bottom: 2px solid rgba(0, 0, 0, 0.35); }
mark mark { padding: 0.1em 0; border-bottom-style: double; border-bottom-width: 3px; }
.verdict-true { background: var(--v-true); } .verdict-mostly_true { background: var(--v-mostly_true); }
.verdict-mixed { background: var(--v-mixed); } .verdict-mostly_false { background: var(--v-mostly_false); }
.verdict-false { background: var(--v-false); } .verdict-misleading { background: var(--v-misleading); }
.verdict-unsupported { background: var(--v-unsupported); } .verdict-none { background: var(--v-none); }
.claim-ref { font-family: var(--sans); font-size: 0.7em; white-space: nowrap; }
.claim-ref a { text-decoration: none; font-weight: 600; }
.notes { list-style: none; padding: 0; }
.note { border-top: 1px solid var(--line); padding: 0.75rem 0; }
.note:target { outline: 3px solid #f59e0b; outline-offset: 4px; }
.note h3 { margin: 0 0 0.25rem; }
.note h4 { margin: 0.75rem 0 0.25rem; font-size: 1rem; }
.badge { display: inline-block; padding: 0 0.4em; border: 1px solid rgba(0, 0, 0, 0.25); border-radius: 4px; font-size: 0.9em; }
.status-pending { border-left: 4px solid var(--warn); padding-left: 0.5rem; }
.quote { font-family: var(--serif); margin: 0.5rem 0; padding-left: 0.75rem; border-left: 3px solid var(--line); white-space: pre-wrap; }
.excerpt { margin: 0.25rem 0 0.25rem 1rem; color: var(--muted); }
.orphan { font-style: italic; color: var(--warn); }
.comment-meta { color: var(--muted); margin-bottom: 0; }
@media print {
  body { font-size: 11pt; }
  header, main, footer { max-width: none; padding: 0; }
  .skip-link, .back { display: none; }
  /* Ink, not colour: highlights print as underlines (double when nested), numbers stay visible. */
  mark, .badge { background: none; }
  mark { border-bottom: 1px solid #000; }
  mark mark { border-bottom: 3px double #000; }
  .badge { border: 1px solid #000; }
  a, .claim-ref a { color: inherit; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.85em; word-break: break-all; }
  .claims { break-before: page; }
  .note { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
}
`;
