import { Link } from '@tiptap/extension-link';

// linkify's protocols go in before its scanner is first built, and only once per process.
let protocolsRegistered = false;

/**
 * TipTap's link mark, but linkify's scanner (one per process) is built once: Link resets it when any
 * editor is destroyed, so the first space after each article switch rebuilt it, and registers its
 * protocols again for every editor, which linkify refuses with a warning once it is built.
 */
export const BodyLink = Link.extend({
  onCreate(event) {
    if (protocolsRegistered) return;
    protocolsRegistered = true;
    this.parent?.(event);
  },
  onDestroy() {},
});
