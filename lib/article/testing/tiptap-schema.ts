// Test-only: the reading view's schema, built without a DOM, to check what lib/article emits.
import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

// Mirrors components/editor/reader-extensions.ts in everything that shapes the schema.
export const readerSchema = getSchema([
  StarterKit.configure({
    undoRedo: false,
    trailingNode: false,
    link: { openOnClick: false, autolink: false, linkOnPaste: false },
  }),
]);
