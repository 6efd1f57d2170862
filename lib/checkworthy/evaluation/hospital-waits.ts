import type { EvaluationText } from "@/lib/checkworthy/evaluation/types";

// Written for this set (a fictional region and people); dedicated to the public domain under CC0 1.0.
export const HOSPITAL_WAITS: EvaluationText = {
  id: "hospital-waits",
  title: "Surgery waits at a record in the Northern Region (original, CC0)",
  provenance: "original text written for this set, CC0 1.0",
  paragraphs: [
    [
      {
        text: "Patients in the Northern Region waited an average of 19 weeks for routine surgery in the year to June, up from 11 weeks in 2018, according to figures published by the Health Ministry on Thursday.",
        worthy: true,
        reasons: ["statistic", "causal", "attribution", "time", "entity"],
      },
      {
        text: "It is the longest wait recorded since the ministry began publishing the data in 2009.",
        worthy: true,
        reasons: ["comparison", "time"],
      },
    ],
    [
      {
        text: "Health Minister Priya Raman blamed the rise on staff shortages.",
        worthy: true,
        reasons: ["causal", "entity"],
      },
      {
        text: "“We have 2,300 fewer nurses than we need, and you cannot operate without nurses,” she said.",
        worthy: true,
        reasons: ["statistic", "comparison", "attribution"],
      },
      {
        text: "The ministry's own workforce report, released last autumn, put the shortfall at 1,850.",
        worthy: true,
        reasons: ["statistic", "time"],
      },
    ],
    [
      {
        text: "Opposition health spokesman Tom Keller said the minister was “hiding behind excuses.”",
        worthy: false,
      },
      {
        text: "He pointed out that the government closed two regional hospitals in 2021, which he said had pushed more patients onto already long lists.",
        worthy: true,
        reasons: ["statistic", "causal", "attribution", "time"],
      },
      {
        text: "The closures saved £14 million a year, the Treasury estimated at the time.",
        worthy: true,
        reasons: ["statistic", "attribution", "entity"],
      },
      { text: "Waiting lists are a misery for everyone involved.", worthy: false },
    ],
    [
      { text: "Margaret Doyle, 71, has been waiting since January for a hip replacement.", worthy: false },
      { text: "“Some days I can barely walk to the shops,” she said.", worthy: false },
    ],
    [
      {
        text: "The ministry says 62 percent of patients are now seen within the 18-week target, compared with 84 percent five years ago.",
        worthy: true,
        reasons: ["statistic", "comparison", "attribution", "time"],
      },
      { text: "Ms. Raman said the figures would improve by next summer.", worthy: false },
      {
        text: "The region has opened three new surgical hubs since 2022 to take on routine operations.",
        worthy: true,
        reasons: ["statistic", "time"],
      },
      { text: "Each hub can perform about 4,000 operations a year.", worthy: true, reasons: ["statistic"] },
      { text: "Critics say that is not enough.", worthy: false },
      { text: "What happens next depends on the budget.", worthy: false },
      { text: "The Treasury will publish its spending plans on Nov. 14.", worthy: false },
    ],
    [
      {
        text: "Dr. Anil Mehta, who chairs the Royal College of Surgeons in the region, said the surgical hubs had cut waiting times by a third where they operate.",
        worthy: true,
        reasons: ["statistic", "causal", "attribution", "entity"],
      },
      { text: "He called the wider situation “deeply worrying.”", worthy: false },
    ],
  ],
};
