import { createElement, Fragment, type ReactNode } from "react";
import { plainText } from "@/lib/export/plain-text";
import { assertAllowed, type Node } from "@/lib/render/element";

// HTML attribute names that React spells differently; the rest (aria-*, data-*, id, dir…) match.
const PROP_NAMES: Record<string, string> = { class: "className", datetime: "dateTime" };

/**
 * An element tree from lib/render as React elements: the same markup the HTML export's toHtml()
 * writes, through the same vocabulary check, with text normalized the same way.
 */
export function ElementTree({ nodes }: { nodes: Node | Node[] }) {
  return createElement(Fragment, null, ...[nodes].flat().map(toReact));
}

function toReact(node: Node): ReactNode {
  if (typeof node === "string") return plainText(node);
  assertAllowed(node);
  const props: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(node.attrs))
    if (value !== undefined) props[PROP_NAMES[name] ?? name] = typeof value === "string" ? plainText(value) : value;
  return createElement(node.tag, props, ...node.children.map(toReact));
}
