import type { EvaluationText } from "@/lib/checkworthy/evaluation/types";

// Franklin D. Roosevelt's address to a joint session of Congress, 8 December 1941: a work of the
// US federal government, in the public domain.
export const PEARL_HARBOR: EvaluationText = {
  id: "pearl-harbor",
  title: "Address to Congress requesting a declaration of war (F. D. Roosevelt, 1941)",
  provenance: "public domain: work of the US federal government",
  paragraphs: [
    [
      {
        text: "Mr. Vice President, Mr. Speaker, Members of the Senate, and of the House of Representatives:",
        worthy: false,
      },
    ],
    [
      {
        text: "Yesterday, December 7th, 1941—a date which will live in infamy—the United States of America was suddenly and deliberately attacked by naval and air forces of the Empire of Japan.",
        worthy: true,
        reasons: ["time", "entity"],
      },
    ],
    [
      {
        text: "The United States was at peace with that Nation and, at the solicitation of Japan, was still in conversation with its Government and its Emperor looking toward the maintenance of peace in the Pacific.",
        worthy: true,
        reasons: ["entity"],
      },
    ],
    [
      {
        text: "Indeed, one hour after Japanese air squadrons had commenced bombing in the American island of Oahu, the Japanese Ambassador to the United States and his colleague delivered to our Secretary of State a formal reply to a recent American message.",
        worthy: true,
        reasons: ["time", "entity"],
      },
      {
        text: "And while this reply stated that it seemed useless to continue the existing diplomatic negotiations, it contained no threat or hint of war or of armed attack.",
        worthy: true,
        reasons: ["attribution"],
      },
    ],
    [
      {
        text: "It will be recorded that the distance of Hawaii from Japan makes it obvious that the attack was deliberately planned many days or even weeks ago.",
        worthy: true,
        reasons: ["time", "entity"],
      },
      {
        text: "During the intervening time the Japanese Government has deliberately sought to deceive the United States by false statements and expressions of hope for continued peace.",
        worthy: true,
        reasons: ["entity"],
      },
    ],
    [
      {
        text: "The attack yesterday on the Hawaiian Islands has caused severe damage to American naval and military forces.",
        worthy: true,
        reasons: ["causal", "time", "entity"],
      },
      { text: "I regret to tell you that very many American lives have been lost.", worthy: true, reasons: [] },
      {
        text: "In addition American ships have been reported torpedoed on the high seas between San Francisco and Honolulu.",
        worthy: true,
        reasons: ["attribution", "entity"],
      },
    ],
    [
      {
        text: "Yesterday the Japanese Government also launched an attack against Malaya.",
        worthy: true,
        reasons: ["time", "entity"],
      },
    ],
    [{ text: "Last night Japanese forces attacked Hong Kong.", worthy: true, reasons: ["time", "entity"] }],
    [{ text: "Last night Japanese forces attacked Guam.", worthy: true, reasons: ["time", "entity"] }],
    [
      {
        text: "Last night Japanese forces attacked the Philippine Islands.",
        worthy: true,
        reasons: ["time", "entity"],
      },
    ],
    [{ text: "Last night the Japanese attacked Wake Island.", worthy: true, reasons: ["time", "entity"] }],
    [{ text: "And this morning the Japanese attacked Midway Island.", worthy: true, reasons: ["time", "entity"] }],
    [
      {
        text: "Japan has, therefore, undertaken a surprise offensive extending throughout the Pacific area.",
        worthy: true,
        reasons: ["entity"],
      },
      { text: "The facts of yesterday and today speak for themselves.", worthy: false },
      {
        text: "The people of the United States have already formed their opinions and well understand the implications to the very life and safety of our Nation.",
        worthy: false,
      },
    ],
    [
      {
        text: "As Commander in Chief of the Army and Navy I have directed that all measures be taken for our defense.",
        worthy: false,
      },
    ],
    [{ text: "But always will our whole Nation remember the character of the onslaught against us.", worthy: false }],
    [
      {
        text: "No matter how long it may take us to overcome this premeditated invasion, the American people in their righteous might will win through to absolute victory.",
        worthy: false,
      },
    ],
    [
      {
        text: "I believe that I interpret the will of the Congress and of the people when I assert that we will not only defend ourselves to the uttermost but will make it very certain that this form of treachery shall never again endanger us.",
        worthy: false,
      },
    ],
    [
      { text: "Hostilities exist.", worthy: false },
      {
        text: "There is no blinking at the fact that our people, our territory and our interests are in grave danger.",
        worthy: false,
      },
    ],
    [
      {
        text: "With confidence in our armed forces—with the unbounding determination of our people—we will gain the inevitable triumph—so help us God.",
        worthy: false,
      },
    ],
    [
      {
        text: "I ask that the Congress declare that since the unprovoked and dastardly attack by Japan on Sunday, December 7th, 1941, a state of war has existed between the United States and the Japanese Empire.",
        worthy: false,
      },
    ],
  ],
};
