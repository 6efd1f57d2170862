import { ElementType, type parseDocument } from "htmlparser2";

// htmlparser2 builds its tree with domhandler; the types are derived from parseDocument so that we
// depend only on the package we import.
export type DomNode = ReturnType<typeof parseDocument>["children"][number];
export type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;
export type DomText = Extract<DomNode, { type: ElementType.ElementType.Text }>;

export function isDomElement(node: DomNode): node is DomElement {
  // <script> and <style> elements carry their own node types.
  return node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style;
}

export function isDomText(node: DomNode): node is DomText {
  return node.type === ElementType.Text;
}
