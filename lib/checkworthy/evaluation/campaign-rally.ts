import type { EvaluationText } from "@/lib/checkworthy/evaluation/types";

// Written for this set (a fictional candidate's stump speech); dedicated to the public domain under CC0 1.0.
export const CAMPAIGN_RALLY: EvaluationText = {
  id: "campaign-rally",
  title: "A stump speech in Dayton (original, CC0)",
  provenance: "original text written for this set, CC0 1.0",
  paragraphs: [
    [
      { text: "Thank you, Dayton!", worthy: false },
      { text: "It is so good to be back in Ohio.", worthy: false },
    ],
    [
      {
        text: "When I took office six years ago, this county had the highest unemployment rate in the state.",
        worthy: true,
        reasons: ["comparison", "time"],
      },
      { text: "Today it is down to 4.1 percent.", worthy: true, reasons: ["statistic", "causal"] },
      { text: "We brought 3,000 manufacturing jobs back to this valley.", worthy: true, reasons: ["statistic"] },
      {
        text: "My opponent voted against the infrastructure bill that paid for the new interchange on Route 4.",
        worthy: true,
        reasons: ["entity"],
      },
      { text: "He voted against it twice.", worthy: true, reasons: ["statistic"] },
      { text: "Folks, that is not leadership.", worthy: false },
    ],
    [
      {
        text: "Crime in our cities has fallen for five straight years, according to the FBI.",
        worthy: true,
        reasons: ["statistic", "causal", "attribution", "entity"],
      },
      { text: "But you would never know it from watching the news.", worthy: false },
      {
        text: "We cut taxes for 90 percent of working families, and the deficit still went down.",
        worthy: true,
        reasons: ["statistic", "causal"],
      },
      { text: "Don't let anyone tell you otherwise.", worthy: false },
    ],
    [
      {
        text: "Our schools now graduate more students than at any time since 1990.",
        worthy: true,
        reasons: ["comparison", "time"],
      },
      {
        text: "Teachers here earn $8,000 less than teachers across the river in Kentucky.",
        worthy: true,
        reasons: ["statistic", "comparison", "entity"],
      },
      { text: "That has to change.", worthy: false },
      { text: "I will raise teacher pay in my first hundred days.", worthy: false },
      { text: "Who's with me?", worthy: false },
    ],
    [
      {
        text: "Prescription drug prices have tripled since my opponent went to Washington.",
        worthy: true,
        reasons: ["causal", "time", "entity"],
      },
      {
        text: "He has taken more than $2 million from drug companies.",
        worthy: true,
        reasons: ["statistic", "comparison"],
      },
      { text: "I have never taken a dime.", worthy: true, reasons: [] },
      { text: "We are going to win this thing.", worthy: false },
      { text: "God bless you, and God bless America.", worthy: false },
    ],
  ],
};
