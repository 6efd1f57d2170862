import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { markerPosition } from "@/components/editor/marker-position";

/** One suggested sentence as the reading view draws it: document positions and what to call it. */
export interface SuggestionRange {
  /** The sentence's start offset in contentText, which names the suggestion in the list too. */
  key: number;
  from: number;
  to: number;
  /** "Suggested claim: Likely check-worthy 82%". */
  label: string;
}

export const suggestionHighlightsKey = new PluginKey<DecorationSet>("suggestionHighlights");

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    suggestionHighlights: {
      /** Replace the drawn suggestions; an empty list removes them all. */
      setSuggestionHighlights: (ranges: SuggestionRange[]) => ReturnType;
    };
  }
}

/**
 * Suggested sentences, a layer of their own beside the claims' highlights: a dotted underline
 * and a "◇ suggested" marker, so they never look like a claim and never rely on colour.
 */
export const SuggestionHighlights = Extension.create({
  name: "suggestionHighlights",

  addCommands() {
    return {
      setSuggestionHighlights:
        (ranges) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(suggestionHighlightsKey, ranges);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: suggestionHighlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, value, _old, state) {
            const ranges = tr.getMeta(suggestionHighlightsKey) as SuggestionRange[] | undefined;
            return ranges ? buildSuggestionDecorations(state, ranges) : value.map(tr.mapping, tr.doc);
          },
        },
        props: {
          decorations: (state) => suggestionHighlightsKey.getState(state),
        },
      }),
    ];
  },
});

export function buildSuggestionDecorations(state: EditorState, ranges: SuggestionRange[]): DecorationSet {
  const decorations = ranges.flatMap((r) => [
    Decoration.inline(r.from, r.to, {
      class: "suggestion-highlight",
      "data-suggestion": String(r.key),
      title: r.label,
    }),
    Decoration.widget(markerPosition(state.doc, r.to), () => suggestionMarker(r), {
      side: 2,
      key: `suggestion-${r.key}-${r.label}`,
      ignoreSelection: true,
    }),
  ]);
  return DecorationSet.create(state.doc, decorations);
}

function suggestionMarker(r: SuggestionRange): HTMLElement {
  const marker = document.createElement("span");
  marker.className = "suggestion-marker";
  marker.setAttribute("contenteditable", "false");
  marker.dataset.suggestionMarker = String(r.key);
  marker.title = r.label;
  const glyph = document.createElement("span");
  glyph.setAttribute("aria-hidden", "true");
  glyph.textContent = "◇";
  const name = document.createElement("span");
  name.className = "visually-hidden";
  name.textContent = ` (${r.label})`;
  marker.append(glyph, name);
  return marker;
}
