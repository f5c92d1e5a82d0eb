// A deliberate typing regression for `npm run bench -- --regression`: the renderer is built with
// '@tiptap/react' aliased to this module, whose useEditor re-renders the owning React tree on every
// transaction (what `shouldRerenderOnTransaction: true`, or a state update per keystroke, does).
import { useEditor as tiptapUseEditor } from '../../../node_modules/@tiptap/react/dist/index.js';

export * from '../../../node_modules/@tiptap/react/dist/index.js';

export const useEditor: typeof tiptapUseEditor = (options, deps) =>
  tiptapUseEditor({ ...options, shouldRerenderOnTransaction: true }, deps);
