// Test-only inputs (reads files with node:fs; never import this from app code).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The seed article exactly as stored on disk: one long paragraph, a leading space, double spaces, curly quotes. */
export const SEED_ARTICLE_TEXT = readFileSync(
  fileURLToPath(new URL("../../../prisma/seed/seed-article.txt", import.meta.url)),
  "utf8",
);

/** Pasted-HTML inputs covering every block and mark the importer knows, and some it does not. */
export const HTML_FIXTURES: Record<string, string> = {
  "news article": `<article><header><h1>Sessions met  with
    Russian envoy</h1></header>
    <p class="lede">Attorney General <strong>Jeff Sessions</strong> met <em>twice</em> last year with
    the top Russian diplomat, <a href="https://example.com/doj?x=1&amp;y=2">according to</a> the
    Justice Department.</p>
    <p>“I did not have communications with the Russians,” he said.<br>Line two &amp; more.</p>
    <blockquote><p>Quoted paragraph.</p>Loose quoted text</blockquote>
    <h2>Timeline</h2>
    <ol start="3"><li>First <b>bold</b></li><li><p>Second</p><ul><li>Nested</li></ul></li></ol>
    <hr>
    <pre>
  indented code
    more</pre>
    <p>End <code>inline code</code> <u>under</u> <s>struck</s> <del>deleted</del>.</p></article>`,
  "divs and spans": `<div>First <span>block</span></div><div>Second<div>Inner</div>After inner</div>`,
  "inline outside blocks": `Loose text <i>italic</i><p>Para</p>trailing <b>bold</b>`,
  "leading spaces in marks": `<p>Hello<b> bold</b><i>  italic </i> plain</p>`,
  "nested marks and links": `<p><a href="https://a.example"><b>bold link <i>and italic</i></b> plain link</a> <b><a href="https://b.example">b</a></b></p>`,
  "list edge cases": `<ul><li></li><li>  </li><li><ul><li>only nested</li></ul></li>stray<li>last</li></ul><ol><li>one</li></ol><li>orphan item</li>`,
  "entities and nbsp": `<p>5 &lt; 6 &gt; 4 &amp;&amp; &quot;quoted&quot; &#x1F44D; non&nbsp;&nbsp;breaking</p>`,
  "hard breaks": `<p>a<br>b<br><br>c<br></p><p><br></p><h3>head<br>line</h3>`,
  "code blocks": `<pre><code>line 1\n\n  line 3 &lt;tag&gt;\n</code></pre><pre>  </pre><pre><b>bold</b> in pre<br>after br</pre>`,
  unicode: `<p>Emoji 👍🏽 and é (e + ◌́ ) and 漢字</p>`,
  headings: `<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>`,
  table: `<table><tr><td>cell 1</td><td>cell 2</td></tr></table>`,
};
