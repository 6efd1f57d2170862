import type { ReactNode } from "react";
import type { ArticleMark } from "@/lib/article/doc";
import type { AnnotatedBlock, AnnotatedRun } from "@/lib/export/annotate-doc";
import type { ExportClaim } from "@/lib/export/model";

/** The article with its claims highlighted, as static markup: nested marks, a numbered link after each claim. */
export function AnnotatedText({ blocks, claims }: { blocks: AnnotatedBlock[]; claims: Map<number, ExportClaim> }) {
  const firstMark = new Set<number>();
  const runs = (list: AnnotatedRun[]) =>
    list.map((run, i) => {
      let node: ReactNode = run.kind === "hardBreak" ? <br /> : withMarks(run.text, run.marks);
      for (const n of [...run.claims].reverse()) {
        const claim = claims.get(n);
        const id = firstMark.has(n) ? undefined : `claim-${n}-text`;
        firstMark.add(n);
        node = (
          <mark id={id} className={`claim-highlight verdict-${claim?.verdict?.key ?? "none"}`} data-claim={n}>
            {node}
          </mark>
        );
      }
      return (
        <span key={i}>
          {node}
          {[...run.ends].reverse().map((n) => (
            <sup key={n} className="claim-marker">
              <a href={`#claim-${n}`} aria-label={`Claim ${n}: ${claims.get(n)?.verdict?.label ?? "see note"}`}>
                {n}
                {claims.get(n)?.verdict && <span aria-hidden="true">{"\u00a0" + claims.get(n)!.verdict!.symbol}</span>}
              </a>
            </sup>
          ))}
        </span>
      );
    });
  const block = (b: AnnotatedBlock, key: number): ReactNode => {
    switch (b.type) {
      case "paragraph":
        return <p key={key}>{runs(b.runs)}</p>;
      case "codeBlock":
        return <pre key={key}>{runs(b.runs)}</pre>;
      case "heading": {
        const Tag = `h${Math.min(b.level + 1, 6)}` as "h2";
        return <Tag key={key}>{runs(b.runs)}</Tag>;
      }
      case "horizontalRule":
        return <hr key={key} />;
      case "blockquote":
        return <blockquote key={key}>{b.content.map(block)}</blockquote>;
      case "bulletList":
        return (
          <ul key={key}>
            {b.items.map((item, i) => (
              <li key={i}>{item.map(block)}</li>
            ))}
          </ul>
        );
      case "orderedList":
        return (
          <ol key={key} start={b.start}>
            {b.items.map((item, i) => (
              <li key={i}>{item.map(block)}</li>
            ))}
          </ol>
        );
    }
  };
  return <>{blocks.map(block)}</>;
}

function withMarks(text: string, marks: ArticleMark[]): ReactNode {
  let node: ReactNode = text;
  for (const mark of marks) {
    if (mark.type === "link")
      node = /^(https?:|mailto:)/i.test(mark.attrs.href) ? (
        <a href={mark.attrs.href} rel="noopener noreferrer nofollow">
          {node}
        </a>
      ) : (
        node
      );
    else if (mark.type === "bold") node = <strong>{node}</strong>;
    else if (mark.type === "italic") node = <em>{node}</em>;
    else if (mark.type === "strike") node = <s>{node}</s>;
    else if (mark.type === "code") node = <code>{node}</code>;
    else node = <u>{node}</u>;
  }
  return node;
}
