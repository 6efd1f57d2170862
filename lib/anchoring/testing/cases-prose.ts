// Re-anchoring cases on a novel's first chapter, the demo article, and HTML re-layouts.
import { CORPUS, htmlText } from "@/lib/anchoring/testing/corpus";
import {
  deleteParagraph,
  insertParagraph,
  joinWithNext,
  moveParagraph,
  paragraphWith,
  paragraphsOf,
  replaceText,
  straightQuotes,
} from "@/lib/anchoring/testing/edits";
import { exact, fuzzy, onCorpus, orphaned, type ReanchorCase } from "@/lib/anchoring/testing/reanchor-case";

const pride = onCorpus("pride", [
  {
    name: "curly quotes made straight inside the claim",
    claim: "“My dear Mr. Bennet,” said his lady to him one day",
    after: straightQuotes,
    expected: fuzzy('"My dear Mr. Bennet," said his lady to him one day'),
  },
  {
    name: "curly quotes made straight around a repeated phrase (first)",
    claim: "My dear Mr. Bennet",
    after: straightQuotes,
    expected: exact("My dear Mr. Bennet", 'My dear Mr. Bennet," said'),
  },
  {
    name: "curly quotes made straight around a repeated phrase (second)",
    claim: "My dear Mr. Bennet",
    occurrence: 1,
    after: straightQuotes,
    expected: exact("My dear Mr. Bennet", 'My dear Mr. Bennet," replied'),
  },
  {
    name: "the paragraph of a repeated phrase deleted while the first stays (h#2798)",
    claim: "My dear Mr. Bennet",
    occurrence: 1,
    after: (t) => deleteParagraph(t, paragraphWith(t, "“My dear Mr. Bennet,” replied his wife")),
    expected: orphaned,
  },
  {
    name: "numbers in words restyled as digits in a long claim",
    claim: "A single man of large fortune; four or five thousand a year.",
    after: (t) => replaceText(t, "four or five thousand a year", "4,000 or 5,000 a year"),
    expected: fuzzy("A single man of large fortune; 4,000 or 5,000 a year."),
  },
  {
    name: "numbers in words restyled as digits in a claim that is nothing else",
    claim: "four or five thousand",
    after: (t) => replaceText(t, "four or five thousand a year", "4,000 or 5,000 a year"),
    expected: orphaned,
  },
  {
    name: "'three-and-twenty' restyled as '23'",
    claim: "the experience of three-and-twenty years had been insufficient",
    after: (t) => replaceText(t, "three-and-twenty", "23"),
    expected: fuzzy("the experience of 23 years had been insufficient"),
  },
  {
    name: "'twenty' restyled as '20'",
    claim: "these last twenty years at least",
    after: (t) => replaceText(t, "last twenty years", "last 20 years"),
    expected: fuzzy("these last 20 years at least"),
  },
  {
    name: "a one-sentence paragraph moved to the end",
    claim: "Mr. Bennet made no answer.",
    after: (t) => moveParagraph(t, paragraphWith(t, "Mr. Bennet made no answer."), paragraphsOf(t).length - 1),
    expected: exact("Mr. Bennet made no answer."),
  },
  {
    name: "a one-word paragraph deleted while the word occurs elsewhere",
    claim: "“Bingley.”",
    after: (t) => deleteParagraph(t, paragraphWith(t, "“Bingley.”")),
    expected: orphaned,
  },
  {
    name: "a misspelt name corrected inside the claim",
    claim: "have you heard that Netherfeld Park is let at last?",
    before: (t) => replaceText(t, "Netherfield Park", "Netherfeld Park"),
    after: (t) => replaceText(t, "Netherfeld Park", "Netherfield Park"),
    expected: fuzzy("have you heard that Netherfield Park is let at last?"),
  },
  {
    name: "the claim's paragraph joined with the next",
    claim: "This was invitation enough.",
    after: (t) => joinWithNext(t, paragraphWith(t, "This was invitation enough.")),
    expected: exact("This was invitation enough."),
  },
  {
    name: "a chapter heading inserted above",
    claim: "It is a truth universally acknowledged",
    after: (t) => `Chapter 1\n\n${t}`,
    expected: exact("It is a truth universally acknowledged"),
  },
  {
    name: "the claim's paragraph duplicated right after it",
    claim: "Mr. Bennet replied that he had not.",
    after: (t) => {
      const index = paragraphWith(t, "Mr. Bennet replied that he had not.");
      return insertParagraph(t, index + 1, paragraphsOf(t)[index]!);
    },
    expected: exact(
      "Mr. Bennet replied that he had not.",
      "one day, “have you heard that Netherfield Park is let at last?”\n\nMr. Bennet replied that he had not.",
    ),
  },
]);

const CARDIN = ", a Maryland Democrat and the ranking member of the Senate Foreign Relations Committee";
const seed = onCorpus("seed", [
  {
    name: "a correction note inserted above (first of two identical quotes)",
    claim: "did not have communications with the Russians",
    after: (t) => `Correction: An earlier version of this story misstated the date.\n\n${t}`,
    expected: exact(
      "did not have communications with the Russians",
      'he "did not have communications with the Russians',
    ),
  },
  {
    name: "a correction note inserted above (second of two identical quotes)",
    claim: "did not have communications with the Russians",
    occurrence: 1,
    after: (t) => `Correction: An earlier version of this story misstated the date.\n\n${t}`,
    expected: exact(
      "did not have communications with the Russians",
      "that he did not have communications with the Russians",
    ),
  },
  {
    name: "the sentence of the second identical quote deleted (h#2798)",
    claim: "did not have communications with the Russians",
    occurrence: 1,
    after: (t) =>
      replaceText(
        t,
        'Cummings called Sessions’ claim during his confirmation hearing that he did not have communications with the Russians "demonstrably false." ',
        "",
      ),
    expected: orphaned,
  },
  {
    name: "the sentence of the first identical quote deleted",
    claim: "did not have communications with the Russians",
    after: (t) =>
      replaceText(
        t,
        'In his confirmation hearing to become attorney general, Sessions was asked about Russia and he responded at the time that he "did not have communications with the Russians." ',
        "",
      ),
    expected: orphaned,
  },
  {
    name: "'25' restyled as 'twenty-five'",
    claim: "the Senator had over 25 conversations with foreign ambassadors",
    after: (t) => replaceText(t, "over 25 conversations", "over twenty-five conversations"),
    expected: fuzzy("the Senator had over twenty-five conversations with foreign ambassadors"),
  },
  {
    name: "'1,000' restyled as '1000'",
    claim: "the Senator had over 1,000 conversations with foreign ambassadors",
    before: (t) => replaceText(t, "over 25 conversations", "over 1,000 conversations"),
    after: (t) => replaceText(t, "over 1,000 conversations", "over 1000 conversations"),
    expected: fuzzy("the Senator had over 1000 conversations with foreign ambassadors"),
  },
  {
    name: "straight quotes made curly inside the claim",
    claim: '"I never met with any Russian officials to discuss issues of the campaign,"',
    after: (t) =>
      replaceText(
        t,
        '"I never met with any Russian officials to discuss issues of the campaign,"',
        "“I never met with any Russian officials to discuss issues of the campaign,”",
      ),
    expected: fuzzy("“I never met with any Russian officials to discuss issues of the campaign,”"),
  },
  {
    name: "straight quotes made curly around the claim",
    claim: "I never met with any Russian officials to discuss issues of the campaign",
    after: (t) =>
      replaceText(
        t,
        '"I never met with any Russian officials to discuss issues of the campaign,"',
        "“I never met with any Russian officials to discuss issues of the campaign,”",
      ),
    expected: exact("I never met with any Russian officials to discuss issues of the campaign"),
  },
  {
    name: "the closing line removed",
    claim: "the senator had received the classified documents on request",
    after: (t) => replaceText(t, " This story is being updated to reflect new developments.", ""),
    expected: exact("the senator had received the classified documents on request"),
  },
  {
    name: "a lookalike apposition deleted while its twin stays",
    claim: "a Maryland Democrat and the ranking member of the",
    occurrence: 1,
    after: (t) => replaceText(t, CARDIN, ""),
    expected: orphaned,
  },
  {
    name: "the twin of a deleted lookalike apposition",
    claim: "a Maryland Democrat and the ranking member of the",
    after: (t) => replaceText(t, CARDIN, ""),
    expected: exact("a Maryland Democrat and the ranking member of the"),
  },
  {
    name: "the whole body replaced (a name that occurred many times)",
    claim: "Sessions",
    occurrence: 3,
    after: () => CORPUS.gettysburg,
    expected: orphaned,
  },
  {
    name: "the whole body replaced (a quote)",
    claim: "I never met with any Russian officials to discuss issues of the campaign",
    after: () => CORPUS.inaugural,
    expected: orphaned,
  },
  {
    name: "spaces where a word was lost collapsed inside the claim",
    claim: "called on Sessions to recuse himself from   inquiries",
    after: (t) => replaceText(t, "from   inquiries", "from inquiries"),
    expected: fuzzy("called on Sessions to recuse himself from inquiries"),
  },
  {
    name: "a misspelt name corrected inside the claim",
    claim: 'Session’ testimony in January was "misleading at best."',
    after: (t) => replaceText(t, "Session’ testimony", "Sessions’ testimony"),
    expected: fuzzy('Sessions’ testimony in January was "misleading at best."'),
  },
]);

// The same contentText from different HTML: emphasis added inside the claim, other wrapping.
const PLAIN_HTML = `<p>Four score and seven years ago our fathers brought forth on this continent, a new nation, conceived in Liberty, and dedicated to the proposition that all men are created equal.</p><p>Now we are engaged in a great civil war.</p>`;
const RELAID_HTML = `<article>
  <p>Four score and seven years ago our fathers brought forth on this continent,
     a new nation, <em>conceived in <strong>Liberty</strong></em>, and dedicated to the
     proposition that all men are created equal.</p>
  <div>Now we are engaged in a <i>great</i> civil war.</div>
</article>`;
const html = onCorpus(
  "gettysburg",
  [
    {
      name: "HTML re-laid out with emphasis added inside the claim",
      claim: "a new nation, conceived in Liberty",
      after: () => htmlText(RELAID_HTML),
      expected: exact("a new nation, conceived in Liberty"),
    },
    {
      name: "HTML re-laid out with emphasis added inside a later claim",
      claim: "Now we are engaged in a great civil war.",
      after: () => htmlText(RELAID_HTML),
      expected: exact("Now we are engaged in a great civil war."),
    },
    {
      name: "HTML re-laid out with a heading added above",
      claim: "a new nation, conceived in Liberty",
      after: () => htmlText(`<h1>Address</h1>${RELAID_HTML}`),
      expected: exact("a new nation, conceived in Liberty"),
    },
  ].map((c) => ({ ...c, before: () => htmlText(PLAIN_HTML) })),
);

export const PROSE_CASES: ReanchorCase[] = [...pride, ...seed, ...html];
