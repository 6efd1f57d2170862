import type { EvaluationText } from "@/lib/checkworthy/evaluation/types";

// Abraham Lincoln's address at Gettysburg, 19 November 1863, in the Bliss copy: public domain.
// Almost all rhetoric, so it tests that the scorer stays quiet.
export const GETTYSBURG: EvaluationText = {
  id: "gettysburg",
  title: "Gettysburg Address (A. Lincoln, 1863, Bliss copy)",
  provenance: "public domain: published 1863",
  paragraphs: [
    [
      {
        text: "Four score and seven years ago our fathers brought forth on this continent, a new nation, conceived in Liberty, and dedicated to the proposition that all men are created equal.",
        worthy: true,
        reasons: ["time"],
      },
    ],
    [
      {
        text: "Now we are engaged in a great civil war, testing whether that nation, or any nation so conceived and so dedicated, can long endure.",
        worthy: false,
      },
      { text: "We are met on a great battle-field of that war.", worthy: false },
      {
        text: "We have come to dedicate a portion of that field, as a final resting place for those who here gave their lives that that nation might live.",
        worthy: false,
      },
      { text: "It is altogether fitting and proper that we should do this.", worthy: false },
    ],
    [
      {
        text: "But, in a larger sense, we can not dedicate—we can not consecrate—we can not hallow—this ground.",
        worthy: false,
      },
      {
        text: "The brave men, living and dead, who struggled here, have consecrated it, far above our poor power to add or detract.",
        worthy: false,
      },
      {
        text: "The world will little note, nor long remember what we say here, but it can never forget what they did here.",
        worthy: false,
      },
      {
        text: "It is for us the living, rather, to be dedicated here to the unfinished work which they who fought here have thus far so nobly advanced.",
        worthy: false,
      },
      {
        text: "It is rather for us to be here dedicated to the great task remaining before us—that from these honored dead we take increased devotion to that cause for which they gave the last full measure of devotion—that we here highly resolve that these dead shall not have died in vain—that this nation, under God, shall have a new birth of freedom—and that government of the people, by the people, for the people, shall not perish from the earth.",
        worthy: false,
      },
    ],
  ],
};
