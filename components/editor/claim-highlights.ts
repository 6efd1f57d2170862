import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { markerPosition } from "@/components/editor/marker-position";

/** One claim as the reading view draws it: document positions, already anchored. */
export interface HighlightRange {
  claimId: string;
  from: number;
  to: number;
  /** 1-based number in text order, shown beside the highlight so it never relies on colour. */
  number: number;
  verdictKey: string | null;
  /** The verdict's symbol (✓, ✗ …), or "" before a verdict is chosen. */
  symbol: string;
  label: string;
}

interface HighlightState {
  ranges: HighlightRange[];
  selectedId: string | null;
  decorations: DecorationSet;
}

export const claimHighlightsKey = new PluginKey<HighlightState>("claimHighlights");

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    claimHighlights: {
      /** Replace the drawn highlights (stored selectors are anchored by the caller). */
      setClaimHighlights: (ranges: HighlightRange[], selectedId: string | null) => ReturnType;
    };
  }
}

/**
 * Draws claims as decorations: the article's document is never changed by annotating.
 * Each claim gets its own <mark> wrapper, so overlapping and nested claims keep their own
 * element with its own data-claim-id.
 */
export const ClaimHighlights = Extension.create({
  name: "claimHighlights",

  addCommands() {
    return {
      setClaimHighlights:
        (ranges, selectedId) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(claimHighlightsKey, { ranges, selectedId });
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: claimHighlightsKey,
        state: {
          init: () => ({ ranges: [], selectedId: null, decorations: DecorationSet.empty }),
          apply(tr, value, _old, state) {
            const next = tr.getMeta(claimHighlightsKey) as Omit<HighlightState, "decorations"> | undefined;
            if (!next) return value;
            return { ...next, decorations: buildClaimDecorations(state, next.ranges, next.selectedId) };
          },
        },
        props: {
          decorations: (state) => claimHighlightsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});

/** Each claim's highlight on its exact range, and its numbered marker after the claim's last word. */
export function buildClaimDecorations(
  state: EditorState,
  ranges: HighlightRange[],
  selectedId: string | null,
): DecorationSet {
  const decorations: Decoration[] = [];
  for (const r of ranges) {
    const selected = r.claimId === selectedId;
    const className = `claim-highlight verdict-${r.verdictKey ?? "none"}${selected ? " is-selected" : ""}`;
    decorations.push(
      Decoration.inline(r.from, r.to, {
        nodeName: "mark",
        class: className,
        "data-claim-id": r.claimId,
        title: r.label,
      }),
      Decoration.widget(markerPosition(state.doc, r.to), () => claimMarker(r, selected), {
        side: 1,
        key: `marker-${r.claimId}-${r.number}-${r.symbol}-${r.label}-${selected}`,
        ignoreSelection: true,
      }),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

function claimMarker(r: HighlightRange, selected: boolean): HTMLElement {
  const sup = document.createElement("sup");
  sup.className = `claim-marker verdict-${r.verdictKey ?? "none"}${selected ? " is-selected" : ""}`;
  sup.setAttribute("contenteditable", "false");
  sup.dataset.claimMarker = r.claimId;
  sup.textContent = r.symbol ? `${r.number}\u00a0${r.symbol}` : `${r.number}`;
  sup.title = r.label;
  return sup;
}
