import type { EvaluationText } from "@/lib/checkworthy/evaluation/types";

// Written for this set (a fictional city); dedicated to the public domain under CC0 1.0.
export const RIVERTON_BUDGET: EvaluationText = {
  id: "riverton-budget",
  title: "Riverton council passes record budget (original, CC0)",
  provenance: "original text written for this set, CC0 1.0",
  paragraphs: [
    [
      {
        text: "The Riverton City Council approved a $412 million budget on Tuesday, the largest in the city's history.",
        worthy: true,
        reasons: ["statistic", "comparison", "time", "entity"],
      },
      { text: "The vote was 7 to 2.", worthy: true, reasons: ["statistic"] },
      {
        text: "Spending on police rose 12 percent compared with last year, while the parks budget was cut by $3.1 million.",
        worthy: true,
        reasons: ["statistic", "causal", "comparison", "time"],
      },
    ],
    [
      {
        text: "Mayor Dana Whitfield said the increase was needed because violent crime had doubled since 2019.",
        worthy: true,
        reasons: ["causal", "attribution", "time", "entity"],
      },
      {
        text: "“We listened to residents, and they asked for safer streets,” Whitfield told reporters after the meeting.",
        worthy: false,
      },
      {
        text: "Police records show 214 violent crimes were reported in 2019 and 391 last year.",
        worthy: true,
        reasons: ["statistic", "attribution", "time"],
      },
      { text: "That is an increase of 83 percent, not a doubling.", worthy: true, reasons: ["statistic", "causal"] },
    ],
    [
      {
        text: "Council member Luis Ortega, who voted against the budget, called it a missed chance.",
        worthy: false,
      },
      {
        text: "He said the city spends more on policing than on libraries, parks and public health combined.",
        worthy: true,
        reasons: ["comparison", "attribution"],
      },
      { text: "Is that the city we want to be?", worthy: false },
      {
        text: "The budget also sets aside $8 million to repair the Fifth Street bridge, which has been closed to trucks since March.",
        worthy: true,
        reasons: ["statistic", "time", "entity"],
      },
      {
        text: "Inspectors found cracks in two of its steel supports in 2022.",
        worthy: true,
        reasons: ["statistic", "time"],
      },
      { text: "The repairs will take about 18 months.", worthy: false },
    ],
    [
      { text: "Property taxes will not go up this year.", worthy: false },
      {
        text: "The city will instead draw $20 million from its reserve fund, leaving it with less than half of what it held in 2020.",
        worthy: true,
        reasons: ["statistic", "comparison", "time"],
      },
      { text: "Residents can read the full budget on the city's website.", worthy: false },
      { text: "The next council meeting is on April 9.", worthy: false },
      { text: "Whitfield thanked the staff for their hard work.", worthy: false },
    ],
  ],
};
