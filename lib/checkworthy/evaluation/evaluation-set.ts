import { CAMPAIGN_RALLY } from "@/lib/checkworthy/evaluation/campaign-rally";
import { GETTYSBURG } from "@/lib/checkworthy/evaluation/gettysburg";
import { HOSPITAL_WAITS } from "@/lib/checkworthy/evaluation/hospital-waits";
import { PEARL_HARBOR } from "@/lib/checkworthy/evaluation/pearl-harbor";
import { RIVERTON_BUDGET } from "@/lib/checkworthy/evaluation/riverton-budget";
import { STATE_ENERGY } from "@/lib/checkworthy/evaluation/state-energy";
import type { EvaluationText } from "@/lib/checkworthy/evaluation/types";

/** The annotated texts the scorer is measured on (see README.md for provenance and criteria). */
export const EVALUATION_SET: EvaluationText[] = [
  PEARL_HARBOR,
  GETTYSBURG,
  RIVERTON_BUDGET,
  HOSPITAL_WAITS,
  STATE_ENERGY,
  CAMPAIGN_RALLY,
];
