// The most expensive article bodies we know of, for the stall test (e2e/stall.spec.ts) and the
// bench: each once made the server unresponsive for seconds to minutes, or answer 500.
export type WorstBody = {
  name: string;
  format: "html" | "markdown" | "docx";
  body: string;
  /** Text the stored article must still contain. */
  keeps: string;
};

export function worstTextBodies(): WorstBody[] {
  return [
    {
      name: "300,000 unclosed <div>s",
      format: "html",
      body: `<p>a</p>${"<div>".repeat(300_000)}deep div`,
      keeps: "deep div",
    },
    {
      name: "2,000 nested <blockquote>s",
      format: "html",
      body: `${"<blockquote>quote ".repeat(2000)}deepest quote`,
      keeps: "deepest quote",
    },
    { name: "100,000 nested inline marks", format: "html", body: `${"<b><i>".repeat(50_000)}marked`, keeps: "marked" },
    { name: "a line quoted 100,000 times", format: "markdown", body: `${">".repeat(100_000)} quoted`, keeps: "quoted" },
    {
      name: "a list item nested 50,000 times",
      format: "markdown",
      body: `${"- ".repeat(50_000)}listed`,
      keeps: "listed",
    },
  ];
}
