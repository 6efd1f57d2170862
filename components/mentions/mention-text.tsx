import { mentionSegments, type Mentionable } from "@/lib/mentions/find-mentions";

/** A comment's plain text with its mentions emphasised: text nodes only, never markup from the body. */
export function MentionText({ body, people }: { body: string; people: readonly Mentionable[] }) {
  return mentionSegments(body, people).map((segment, i) =>
    segment.person ? (
      <strong key={i} className="mention">
        {segment.text}
      </strong>
    ) : (
      segment.text
    ),
  );
}
