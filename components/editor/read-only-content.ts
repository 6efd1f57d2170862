import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/**
 * Keeps the article text immutable while leaving the editor focusable and "editable", because
 * only an editable surface gives keyboard users a caret to select a passage with Shift+arrows.
 * Any transaction that would change the document is dropped; typing, pasting and dropping are
 * swallowed before the browser can touch the DOM.
 */
export const ReadOnlyContent = Extension.create({
  name: "readOnlyContent",
  priority: 1000,

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("readOnlyContent"),
        filterTransaction: (tr) => !tr.docChanged,
        props: {
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
