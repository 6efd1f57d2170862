import { ListItem } from "@tiptap/extension-list";
import StarterKit from "@tiptap/starter-kit";
import { ReadOnlyContent } from "@/components/editor/read-only-content";

// A list item whose Tab/Shift-Tab/Enter do nothing, so Tab leaves the article as users expect
// instead of trying (and failing, read-only) to indent a list.
const ReadingListItem = ListItem.extend({
  addKeyboardShortcuts() {
    return {};
  },
});

/** The schema of the reading view; lib/article emits only nodes and marks it knows. */
export function readerExtensions() {
  return [
    StarterKit.configure({
      undoRedo: false,
      trailingNode: false,
      dropcursor: false,
      gapcursor: false,
      listKeymap: false,
      listItem: false,
      link: { openOnClick: false, autolink: false, linkOnPaste: false },
    }),
    ReadingListItem,
    ReadOnlyContent,
  ];
}
