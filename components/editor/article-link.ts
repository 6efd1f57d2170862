import { Mark, mergeAttributes } from "@tiptap/core";
import { articleHref } from "@/lib/links/link-policy";

/**
 * Links as the reading view needs them: rendered, never created or edited. Tiptap's own Link
 * extension brings autolinking and paste handling (and the linkify library, 10 kB gzip) that a
 * read-only article has no use for. The href goes through the link policy like every other
 * output's: a link it would not keep renders as its text alone.
 */
export const ArticleLink = Mark.create({
  name: "link",
  // Above the formatting marks, as Tiptap's Link does, so the mark order in the schema matches.
  priority: 1000,
  inclusive: false,
  keepOnSplit: false,

  addAttributes() {
    return {
      href: {
        default: null,
        renderHTML: (attributes) => {
          const href = articleHref(attributes.href as string | null);
          return href ? { href } : {};
        },
      },
    };
  },

  parseHTML() {
    return [{ tag: "a[href]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["a", mergeAttributes(HTMLAttributes, { rel: "noopener noreferrer nofollow", target: "_blank" }), 0];
  },
});
