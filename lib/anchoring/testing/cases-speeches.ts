// Re-anchoring cases on the Gettysburg Address, Lincoln's Second Inaugural and the Declaration of
// Independence.
import {
  deleteParagraph,
  insertParagraph,
  joinWithNext,
  moveParagraph,
  paragraphWith,
  paragraphsOf,
  replaceAll,
  replaceText,
  splitBefore,
} from "@/lib/anchoring/testing/edits";
import { CORPUS } from "@/lib/anchoring/testing/corpus";
import { exact, fuzzy, onCorpus, orphaned, type ReanchorCase } from "@/lib/anchoring/testing/reanchor-case";

const gettysburg = onCorpus("gettysburg", [
  {
    name: "a title inserted before",
    claim: "Four score and seven years ago",
    after: (t) => `The Gettysburg Address\n\n${t}`,
    expected: exact("Four score and seven years ago"),
  },
  {
    name: "a signature appended after",
    claim: "shall not perish from the earth",
    after: (t) => `${t}\n\nAbraham Lincoln, November 19, 1863.`,
    expected: exact("shall not perish from the earth"),
  },
  {
    name: "a sentence inserted just before the claim",
    claim: "We are met on a great battle-field of that war.",
    after: (t) => replaceText(t, "We are met", "It was a cold day. We are met"),
    expected: exact("We are met on a great battle-field of that war."),
  },
  {
    name: "the paragraph split right before the claim",
    claim: "The world will little note, nor long remember what we say here",
    after: (t) => splitBefore(t, "The world will"),
    expected: exact("The world will little note, nor long remember what we say here"),
  },
  {
    name: "the paragraph split inside the claim",
    claim: "far above our poor power to add or detract. The world will little note",
    after: (t) => splitBefore(t, "The world will"),
    expected: fuzzy("far above our poor power to add or detract.\n\nThe world will little note"),
  },
  {
    name: "two paragraphs joined after the claim",
    claim: "Now we are engaged in a great civil war",
    after: (t) => joinWithNext(t, 0),
    expected: exact("Now we are engaged in a great civil war"),
  },
  {
    name: "the claim's paragraph moved to the top",
    claim: "we can not hallow -- this ground",
    after: (t) => moveParagraph(t, 2, 0),
    expected: exact("we can not hallow -- this ground"),
  },
  {
    name: "the opening words of a moved paragraph",
    claim: "But, in a larger sense",
    after: (t) => moveParagraph(t, 2, 0),
    expected: exact("But, in a larger sense"),
  },
  {
    name: "a typo fixed inside the claim",
    claim: "a new nation, concieved in Liberty",
    before: (t) => replaceText(t, "conceived in Liberty", "concieved in Liberty"),
    after: (t) => replaceText(t, "concieved in Liberty", "conceived in Liberty"),
    expected: fuzzy("a new nation, conceived in Liberty"),
  },
  {
    name: "a one-word claim replaced by another word while the word occurs elsewhere (h#2798)",
    claim: "dedicate",
    occurrence: 3, // "we can not dedicate", after "dedicated" twice and "dedicate a portion"
    after: (t) => replaceText(t, "we can not dedicate", "we can not devote"),
    expected: orphaned,
  },
  {
    name: "the claim's words deleted while the same words occur twice nearby",
    claim: "the people",
    occurrence: 2,
    after: (t) => replaceText(t, ", for the people", ""),
    expected: orphaned,
  },
  {
    name: "a lookalike clause deleted",
    claim: "we can not consecrate",
    after: (t) => replaceText(t, " -- we can not consecrate", ""),
    expected: orphaned,
  },
  {
    name: "dashes restyled inside the claim",
    claim: "we can not dedicate -- we can not consecrate",
    after: (t) => replaceAll(t, " -- ", " — "),
    expected: fuzzy("we can not dedicate — we can not consecrate"),
  },
  {
    name: "a repeated word's phrase rewritten",
    claim: "the last full measure of devotion",
    after: (t) => replaceText(t, "the last full measure of devotion", "their all"),
    expected: orphaned,
  },
  {
    name: "the whole body replaced",
    claim: "government of the people, by the people, for the people",
    after: () => CORPUS.declaration,
    expected: orphaned,
  },
  {
    name: "the whole body replaced by a text that has the claim's word",
    claim: "Liberty",
    after: () => CORPUS.declaration,
    expected: orphaned,
  },
]);

const inaugural = onCorpus("inaugural", [
  {
    name: "straight quote made curly inside the claim",
    claim: '"Woe unto the world because of offenses;',
    after: (t) => replaceText(t, '"Woe unto', "“Woe unto"),
    expected: fuzzy("“Woe unto the world because of offenses;"),
  },
  {
    name: "quote made curly just outside the claim",
    claim: "Woe unto the world because of offenses",
    after: (t) => replaceText(t, '"Woe unto', "“Woe unto"),
    expected: exact("Woe unto the world because of offenses"),
  },
  {
    name: "a number in words restyled as digits",
    claim: "the bondsman's two hundred and fifty years of unrequited toil",
    after: (t) => replaceText(t, "two hundred and fifty", "250"),
    expected: fuzzy("the bondsman's 250 years of unrequited toil"),
  },
  {
    name: "'four' restyled as '4'",
    claim: "On the occasion corresponding to this four years ago",
    after: (t) => replaceText(t, "this four years ago", "this 4 years ago"),
    expected: fuzzy("On the occasion corresponding to this 4 years ago"),
  },
  {
    name: "a hyphen dropped inside the claim",
    claim: "One-eighth of the whole population were colored slaves",
    after: (t) => replaceText(t, "One-eighth", "One eighth"),
    expected: fuzzy("One eighth of the whole population were colored slaves"),
  },
  {
    name: "a sentence deleted while its first word opens the next one (h#2798)",
    claim: "Neither",
    after: (t) =>
      replaceText(
        t,
        "Neither party expected for the war the magnitude or the duration which it has already attained. ",
        "",
      ),
    expected: orphaned,
  },
  {
    name: "a sentence deleted",
    claim: "The prayers of both could not be answered.",
    after: (t) => replaceText(t, "The prayers of both could not be answered. ", ""),
    expected: orphaned,
  },
  {
    name: "two words swapped inside the claim",
    claim: "That of neither has been answered fully",
    after: (t) => replaceText(t, "answered fully", "fully answered"),
    expected: fuzzy("That of neither has been fully answered"),
  },
  {
    name: "the last paragraph moved up",
    claim: "With malice toward none, with charity for all",
    after: (t) => moveParagraph(t, 4, 1),
    expected: exact("With malice toward none, with charity for all"),
  },
  {
    name: "one word replaced inside the claim",
    claim: "let us strive on to finish the work we are in",
    after: (t) => replaceText(t, "to finish the work", "to complete the work"),
    expected: fuzzy("let us strive on to complete the work we are in"),
  },
  {
    name: "a sentence added right after the claim",
    claim: "and the war came",
    after: (t) => replaceText(t, "and the war came.", "and the war came. It lasted four years."),
    expected: exact("and the war came"),
  },
  {
    name: "the salutation removed above the claim",
    claim: "At this second appearing",
    after: (t) => deleteParagraph(t, 0),
    expected: exact("At this second appearing"),
  },
  {
    name: "the salutation that is the claim removed",
    claim: "Fellow-Countrymen:",
    after: (t) => deleteParagraph(t, 0),
    expected: orphaned,
  },
  {
    name: "an apostrophe made typographic inside the claim",
    claim: "the nation's wounds",
    after: (t) => replaceText(t, "the nation's wounds", "the nation’s wounds"),
    expected: fuzzy("the nation’s wounds"),
  },
]);

const grievance = (t: string, opening: string) => paragraphWith(t, opening);

const declaration = onCorpus("declaration", [
  {
    name: "a grievance deleted while a lookalike grievance has the same words",
    claim: "He has refused his Assent to Laws",
    after: (t) => deleteParagraph(t, grievance(t, "He has refused his Assent")),
    expected: orphaned,
  },
  {
    name: "a grievance deleted while others open with the same words",
    claim: "He has refused",
    after: (t) => deleteParagraph(t, grievance(t, "He has refused his Assent")),
    expected: orphaned,
  },
  {
    name: "a grievance moved up",
    claim: "He has dissolved Representative Houses repeatedly",
    after: (t) => moveParagraph(t, grievance(t, "He has dissolved"), 3),
    expected: exact("He has dissolved Representative Houses repeatedly"),
  },
  {
    name: "a lookalike opening in a moved grievance lands on its own paragraph",
    claim: "He has refused",
    occurrence: 1,
    after: (t) => moveParagraph(t, grievance(t, "He has refused to pass other Laws"), 3),
    expected: exact("He has refused", "He has refused to pass other Laws"),
  },
  {
    name: "a lookalike opening in a grievance that stays while others move",
    claim: "He has refused",
    occurrence: 2,
    after: (t) => moveParagraph(t, grievance(t, "He has refused to pass other Laws"), 3),
    expected: exact("He has refused", "He has refused for a long time"),
  },
  {
    name: "capitals lowered inside the claim",
    claim: "He has refused his Assent to Laws, the most wholesome",
    after: (t) => replaceText(t, "his Assent to Laws, the most", "his assent to laws, the most"),
    expected: fuzzy("He has refused his assent to laws, the most wholesome"),
  },
  {
    name: "a lookalike grievance duplicated after the claim's own",
    claim: "He has dissolved Representative Houses repeatedly",
    after: (t) => insertParagraph(t, paragraphsOf(t).length, paragraphsOf(t)[grievance(t, "He has dissolved")]!),
    expected: exact(
      "He has dissolved Representative Houses repeatedly",
      "He has called together legislative bodies at places unusual, uncomfortable, and distant from the depository of their public Records, for the sole purpose of fatiguing them into compliance with his measures.\n\nHe has dissolved Representative Houses repeatedly",
    ),
  },
  {
    name: "a date restyled inside the claim",
    claim: "July 4, 1776",
    after: (t) => replaceText(t, "July 4, 1776", "July 4th, 1776"),
    expected: fuzzy("July 4th, 1776"),
  },
  {
    name: "a comma added inside the claim",
    claim: "Life, Liberty and the pursuit of Happiness",
    after: (t) => replaceText(t, "Life, Liberty and", "Life, Liberty, and"),
    expected: fuzzy("Life, Liberty, and the pursuit of Happiness"),
  },
  {
    name: "a paragraph inserted above",
    claim: "We hold these truths to be self-evident",
    after: (t) => insertParagraph(t, 2, "A transcription of the parchment."),
    expected: exact("We hold these truths to be self-evident"),
  },
  {
    name: "a long paragraph split before the claim",
    claim: "Prudence, indeed, will dictate",
    after: (t) => splitBefore(t, "Prudence, indeed"),
    expected: exact("Prudence, indeed, will dictate"),
  },
  {
    name: "a long paragraph split after the claim",
    claim: "Governments long established should not be changed for light and transient causes",
    after: (t) => splitBefore(t, "But when a long train"),
    expected: exact("Governments long established should not be changed for light and transient causes"),
  },
  {
    name: "old spelling modernised inside the claim",
    claim: "all experience hath shewn, that mankind are more disposed to suffer",
    after: (t) => replaceText(t, "hath shewn", "has shown"),
    expected: fuzzy("all experience has shown, that mankind are more disposed to suffer"),
  },
  {
    name: "the whole body replaced by a text that has the claim's exact words",
    claim: "all men are created equal",
    after: () => CORPUS.gettysburg,
    expected: orphaned,
  },
  {
    name: "the whole body replaced (a repeated opening)",
    claim: "He has refused",
    after: () => CORPUS.gettysburg,
    expected: orphaned,
  },
  {
    name: "one word replaced where the phrase's last word occurs three times",
    claim: "the good People of these Colonies",
    after: (t) => replaceText(t, "good People of these Colonies", "good People of these States"),
    expected: fuzzy("the good People of these States"),
  },
]);

export const SPEECH_CASES: ReanchorCase[] = [...gettysburg, ...inaugural, ...declaration];
