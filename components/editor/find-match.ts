import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

interface FindMatchRange {
  from: number;
  to: number;
}

const findMatchKey = new PluginKey<FindMatchRange | null>("findMatch");

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    findMatch: {
      /** Marks the current "Find in article" match, or clears the mark with null. */
      setFindMatch: (range: FindMatchRange | null) => ReturnType;
    };
  }
}

/**
 * Draws the current "Find in article" match. The match is also the editor's selection, but a
 * browser only paints the selection of the focused element, and focus stays in the find box; so
 * the match gets its own mark, which goes away as soon as the selection moves elsewhere.
 */
export const FindMatch = Extension.create({
  name: "findMatch",

  addCommands() {
    return {
      setFindMatch:
        (range) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findMatchKey, range);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<FindMatchRange | null>({
        key: findMatchKey,
        state: {
          init: () => null,
          apply(tr, value, _old, state) {
            const next = tr.getMeta(findMatchKey) as FindMatchRange | null | undefined;
            if (next !== undefined) return next;
            const { from, to } = state.selection;
            return value && tr.selectionSet && (from !== value.from || to !== value.to) ? null : value;
          },
        },
        props: {
          decorations(state) {
            const match = findMatchKey.getState(state);
            if (!match) return DecorationSet.empty;
            return DecorationSet.create(state.doc, [
              Decoration.inline(match.from, match.to, { class: "find-match", "data-find-match": "" }),
            ]);
          },
        },
      }),
    ];
  },
});
