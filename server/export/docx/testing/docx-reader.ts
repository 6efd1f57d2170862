// Reads a DOCX back without the docx package: unzip (JSZip) and parse each part with xmldom,
// failing on any XML error, then walk word/document.xml in document order.
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface DocxContent {
  /** Raw XML of every part, by path. */
  parts: Map<string, string>;
  /** All body text: w:t, w:br as "\n", w:tab as "\t", paragraphs ended by "\n". */
  bodyText: string;
  /** Text between each comment's range start and end, by comment id (nested ranges included). */
  rangeText: Map<number, string>;
  /** Ids in the order their CommentReference appears. */
  references: number[];
  comments: { id: number; author: string; initials: string; text: string }[];
  /** Targets of every relationship, in any part, with TargetMode="External". */
  externalTargets: string[];
}

export function parseXml(xml: string): Element {
  const onError = (level: string, message: string) => {
    throw new Error(`XML ${level}: ${message}`);
  };
  return new DOMParser({ onError }).parseFromString(xml, "application/xml").documentElement!;
}

export async function readDocx(buffer: Buffer): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files))
    if (!file.dir && /\.(xml|rels)$/.test(path)) parts.set(path, await file.async("string"));
  for (const xml of parts.values()) parseXml(xml);

  let bodyText = "";
  const open = new Map<number, string>();
  const rangeText = new Map<number, string>();
  const references: number[] = [];
  const emit = (s: string) => {
    bodyText += s;
    for (const [id, text] of open) open.set(id, text + s);
  };
  const walk = (node: Node): void => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const id = Number(el.getAttributeNS(W, "id"));
    if (el.namespaceURI === W) {
      if (el.localName === "commentRangeStart") open.set(id, "");
      else if (el.localName === "commentRangeEnd") {
        rangeText.set(id, open.get(id) ?? "<no start>");
        open.delete(id);
      } else if (el.localName === "commentReference") references.push(id);
      else if (el.localName === "t") emit(el.textContent ?? "");
      else if (el.localName === "br") emit("\n");
      else if (el.localName === "tab" && el.parentNode && (el.parentNode as Element).localName === "r") emit("\t");
    }
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (el.namespaceURI === W && el.localName === "p") emit("\n");
  };
  walk(parseXml(parts.get("word/document.xml")!));

  const comments = [
    ...elements(parseXml(parts.get("word/comments.xml") ?? `<w:comments xmlns:w="${W}"/>`), "comment"),
  ].map((c) => ({
    id: Number(c.getAttributeNS(W, "id")),
    author: c.getAttributeNS(W, "author") ?? "",
    initials: c.getAttributeNS(W, "initials") ?? "",
    text: elements(c, "p").map(textOf).join("\n"),
  }));
  const externalTargets = [...parts]
    .filter(([path]) => path.endsWith(".rels"))
    .flatMap(([, xml]) => [...parseXml(xml).getElementsByTagName("Relationship")])
    .filter((r) => r.getAttribute("TargetMode") === "External")
    .map((r) => r.getAttribute("Target") ?? "");
  return { parts, bodyText, rangeText, references, comments, externalTargets };
}

/** A paragraph's text as Word shows it: w:t, w:br as "\n", w:tab as "\t". */
function textOf(p: Element): string {
  return [...p.getElementsByTagNameNS(W, "*")]
    .map((el) =>
      el.localName === "t"
        ? el.textContent
        : el.localName === "br"
          ? "\n"
          : el.localName === "tab" && (el.parentNode as Element).localName === "r"
            ? "\t"
            : "",
    )
    .join("");
}

function elements(root: Element, localName: string): Element[] {
  return [...root.getElementsByTagNameNS(W, localName)];
}
