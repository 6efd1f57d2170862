// Test-only: the reading view's own schema, built without a DOM, to check what lib/article emits.
import { getSchema } from "@tiptap/core";
import { readerExtensions } from "@/components/editor/reader-extensions";

export const readerSchema = getSchema(readerExtensions());
