import type { ReasonKind } from "@/lib/checkworthy/reasons";

/** One sentence as the annotator judged it. */
export interface AnnotatedSentence {
  text: string;
  worthy: boolean;
  /** For check-worthy sentences: the reasons a reader sees in it (may be empty when none of the six applies). */
  reasons?: ReasonKind[];
}

export interface EvaluationText {
  id: string;
  title: string;
  /** Where the words come from and why they may be reproduced (see README.md). */
  provenance: string;
  paragraphs: AnnotatedSentence[][];
}

/** The text as an article's contentText: sentences joined by a space, paragraphs by a blank line. */
export function evaluationText(text: EvaluationText): string {
  return text.paragraphs.map((p) => p.map((s) => s.text).join(" ")).join("\n\n");
}

export const sentencesOf = (text: EvaluationText): AnnotatedSentence[] => text.paragraphs.flat();
