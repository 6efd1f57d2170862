import type { EvaluationText } from "@/lib/checkworthy/evaluation/types";

// Written for this set (a fictional state, plant and people); dedicated to the public domain under CC0 1.0.
export const STATE_ENERGY: EvaluationText = {
  id: "state-energy",
  title: "Coal's share of the state's power falls to a record low (original, CC0)",
  provenance: "original text written for this set, CC0 1.0",
  paragraphs: [
    [
      {
        text: "Coal's share of the state's electricity fell to 18 percent last year, the lowest level on record, according to the state Energy Office.",
        worthy: true,
        reasons: ["statistic", "causal", "comparison", "attribution", "time", "entity"],
      },
      { text: "Ten years ago it was more than half.", worthy: true, reasons: ["statistic", "comparison", "time"] },
      {
        text: "Wind and solar farms now supply 31 percent of the state's power, up from 9 percent in 2015.",
        worthy: true,
        reasons: ["statistic", "causal", "time"],
      },
      { text: "Gov. Ellen Park called the numbers “a turning point for our state.”", worthy: false },
    ],
    [
      {
        text: "Electricity prices for households rose 6 percent over the same period, slower than the national average of 11 percent, the Energy Office said.",
        worthy: true,
        reasons: ["statistic", "causal", "comparison", "attribution", "entity"],
      },
      { text: "Not everyone is celebrating.", worthy: false },
    ],
    [
      {
        text: "The Harlan Ridge plant, the state's biggest coal-fired power station, will close in 2027.",
        worthy: true,
        reasons: ["comparison", "time", "entity"],
      },
      { text: "About 600 people work there.", worthy: true, reasons: ["statistic"] },
      {
        text: "State Senator Ray Dunn, whose district includes the plant, said the closure would cost the county $40 million a year in wages and taxes.",
        worthy: true,
        reasons: ["statistic", "attribution", "entity"],
      },
      {
        text: "“These are good jobs, and nobody has a plan to replace them,” Dunn said.",
        worthy: true,
        reasons: ["attribution", "entity"],
      },
      {
        text: "The utility says it has offered retraining to every worker at Harlan Ridge.",
        worthy: true,
        reasons: ["attribution", "entity"],
      },
      { text: "Union leaders dispute that.", worthy: false },
    ],
    [
      {
        text: "The plant emitted 5.2 million tons of carbon dioxide in 2023, more than all the state's cars combined.",
        worthy: true,
        reasons: ["statistic", "comparison", "time"],
      },
      {
        text: "Closing it is expected to cut the state's total emissions by roughly a quarter.",
        worthy: true,
        reasons: ["statistic", "causal"],
      },
      { text: "Solar panels work even on cloudy days, though they produce less power.", worthy: false },
      {
        text: "Some residents near the proposed wind farm at Cold Spring have complained about noise.",
        worthy: false,
      },
      {
        text: "A 2021 study by the state university found no measurable health effects among people living within a mile of turbines.",
        worthy: true,
        reasons: ["attribution", "time"],
      },
    ],
    [
      { text: "Is the state moving too fast?", worthy: false },
      { text: "Park thinks not.", worthy: false },
      { text: "The transition should be fair to workers, and it will be, she said.", worthy: false },
      { text: "The legislature returns on Monday.", worthy: false },
    ],
  ],
};
