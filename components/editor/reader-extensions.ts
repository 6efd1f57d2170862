import Blockquote from "@tiptap/extension-blockquote";
import Bold from "@tiptap/extension-bold";
import Code from "@tiptap/extension-code";
import CodeBlock from "@tiptap/extension-code-block";
import Document from "@tiptap/extension-document";
import HardBreak from "@tiptap/extension-hard-break";
import Heading from "@tiptap/extension-heading";
import HorizontalRule from "@tiptap/extension-horizontal-rule";
import Italic from "@tiptap/extension-italic";
import { BulletList, ListItem, OrderedList } from "@tiptap/extension-list";
import Paragraph from "@tiptap/extension-paragraph";
import Strike from "@tiptap/extension-strike";
import Text from "@tiptap/extension-text";
import Underline from "@tiptap/extension-underline";
import { ArticleLink } from "@/components/editor/article-link";
import { ReadOnlyContent } from "@/components/editor/read-only-content";

// A list item whose Tab/Shift-Tab/Enter do nothing, so Tab leaves the article as users expect
// instead of trying (and failing, read-only) to indent a list.
const ReadingListItem = ListItem.extend({
  addKeyboardShortcuts() {
    return {};
  },
});

/**
 * The schema of the reading view: exactly the nodes and marks lib/article emits, and nothing for
 * editing (no history, drop cursor or trailing node), which also keeps the page's JavaScript small.
 * Mark order matters to ProseMirror's JSON: link, bold, code, italic, strike, underline.
 */
export function readerExtensions() {
  return [
    Document,
    Paragraph,
    Text,
    Heading,
    Blockquote,
    BulletList,
    OrderedList,
    ReadingListItem,
    CodeBlock,
    HorizontalRule,
    HardBreak,
    ArticleLink,
    Bold,
    Code,
    Italic,
    Strike,
    Underline,
    ReadOnlyContent,
  ];
}
