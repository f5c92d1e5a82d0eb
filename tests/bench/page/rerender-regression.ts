// A deliberate typing regression for `npm run bench -- --regression`: the renderer is built with the
// article view's '../hooks/use-body-editor' aliased to this module, whose hook re-renders the owning
// React tree (the article view: toolbar, photo panel, counts) on every transaction, as TipTap's
// `shouldRerenderOnTransaction: true`, or a state update per keystroke, does.
import { useEffect, useReducer } from 'react';
import { useBodyEditor as bodyEditor } from '../../../renderer/src/hooks/use-body-editor';

export const useBodyEditor: typeof bodyEditor = (...args) => {
  const editor = bodyEditor(...args);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    editor.on('transaction', rerender);
    return () => {
      editor.off('transaction', rerender);
    };
  }, [editor]);
  return editor;
};
