import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import { countDoc, type TextCounts } from '../../../core/body/counts';

// Counting walks the whole document, so it waits for a pause in typing.
const COUNT_DELAY_MS = 150;
const FIRST_COUNT_TIMEOUT_MS = 250;

/** One figure of the counts: a <span><strong>figure</strong> label</span> whose text can be replaced. */
function figure(parent: HTMLElement): (value: number, one: string, many: string) => void {
  const span = parent.appendChild(document.createElement('span'));
  const strong = span.appendChild(document.createElement('strong'));
  const label = span.appendChild(document.createTextNode(''));
  return (value, one, many) => {
    const text = value.toLocaleString();
    if (strong.textContent !== text) strong.textContent = text;
    const unit = ` ${value === 1 ? one : many}`;
    if (label.data !== unit) label.data = unit;
  };
}

/** Writes counts into `element`, changing only the text that changed; a blank line until the first. */
function countsWriter(element: HTMLElement): (counts: TextCounts) => void {
  element.textContent = '\u00a0';
  let figures: ReturnType<typeof figure>[] | undefined;
  return (counts) => {
    if (!figures) {
      element.replaceChildren();
      figures = [figure(element), figure(element)];
    }
    figures[0]!(counts.words, 'word', 'words');
    figures[1]!(counts.characters, 'character', 'characters');
  };
}

/**
 * Live word and character counts of the body. The figures are written into the page directly, not
 * through React state: a count after every pause in typing would otherwise cost a React commit.
 * Screen readers read them where they stand; they are not announced as they change.
 */
export function BodyCounts({ editor, language }: { editor: Editor; language: string }) {
  const element = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const write = countsWriter(element.current!);
    const show = () => write(countDoc(editor.state.doc, language));
    // The first count waits for an idle moment too: opening an article makes the body editable first.
    // Later counts redo only the blocks changed since (a 50k-word body took ≈ 3 ms).
    const first = requestIdleCallback(show, { timeout: FIRST_COUNT_TIMEOUT_MS });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      timer = setTimeout(show, COUNT_DELAY_MS);
    };
    editor.on('update', update);
    return () => {
      cancelIdleCallback(first);
      clearTimeout(timer);
      editor.off('update', update);
    };
  }, [editor, language]);
  // React renders the element once and never its content, which the effect owns.
  return <p className="counts" aria-live="off" ref={element} />;
}
