import type { Editor } from '@tiptap/core';
import { useEffect, useState, type RefObject } from 'react';
import type { Placement } from '../../../core/import/recognise/placement';
import { call, errorMessage } from '../api/newsroom';
import { isBlankArticle, isWholeArticlePaste } from '../core/paste-article';
import type { ArticleDraftState } from './use-article-draft';

/** What the import panel shows: what went where, notes, and how to undo a paste. */
export interface ImportReport {
  title: string;
  placements: Placement[];
  notes: string[];
  /** Puts the article back as it was and pastes the clipboard plainly (pastes only). */
  undo?: () => void;
}

/** A lead photo's caption and credit found without a photo file: they wait for one. */
export interface PendingPhotoText {
  caption: string;
  credit: string;
}

/**
 * Pasting a whole article (three lines or more) into a blank article takes it apart into the
 * fields; any other paste, or one into an article with text, is the editor's ordinary paste.
 */
export function usePasteArticle(
  page: RefObject<HTMLElement | null>,
  editor: Editor,
  fields: ArticleDraftState,
  options: { readOnly: boolean; initial: ImportReport | null; onProblem(message: string): void },
) {
  const [report, setReport] = useState<ImportReport | null>(options.initial);
  const [pending, setPending] = useState<PendingPhotoText | null>(null);
  const { readOnly, onProblem } = options;
  const { current, update } = fields;

  useEffect(() => {
    const root = page.current;
    if (!root || readOnly) return;
    const plainPaste = (text: string, html: string | null) => {
      editor.commands.focus('end');
      // Into an empty body the paste replaces its one empty paragraph, as a first paste does.
      if (editor.isEmpty) editor.commands.selectAll();
      if (html) editor.view.pasteHTML(html);
      else editor.view.pasteText(text);
    };
    const pasteArticle = async (text: string, html: string | null) => {
      const before = { draft: current(), body: editor.getJSON() };
      let recognised;
      try {
        recognised = await call('article:recognise', { text, html });
      } catch (err) {
        onProblem(`Could not read the pasted article: ${errorMessage(err)}`);
        return plainPaste(text, html);
      }
      if (!recognised.isArticle) return plainPaste(text, html);
      const { fields: found, leadPhoto, body, placements } = recognised;
      update(found);
      editor.commands.setContent(body, { emitUpdate: true });
      const waiting =
        leadPhoto && (leadPhoto.caption || leadPhoto.credit)
          ? { caption: leadPhoto.caption, credit: leadPhoto.credit }
          : null;
      setPending(waiting);
      const notes = leadPhoto?.image
        ? [
            `The photo is on the web (${leadPhoto.image.src}): attach it to keep its caption and credit.`,
          ]
        : waiting
          ? ['Attach the photo to keep its caption and credit.']
          : [];
      setReport({
        title: 'Pasted as an article',
        placements,
        notes,
        undo: () => {
          update(before.draft);
          editor.commands.setContent(before.body, { emitUpdate: true });
          setPending(null);
          setReport(null);
          plainPaste(text, html);
        },
      });
    };
    const onPaste = (event: ClipboardEvent) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      const html = event.clipboardData?.getData('text/html') || null;
      if (!isWholeArticlePaste(text) || !isBlankArticle(current(), editor.isEmpty)) return;
      // Before the field or the body editor sees it: the paste becomes the whole article.
      event.preventDefault();
      event.stopPropagation();
      void pasteArticle(text, html);
    };
    root.addEventListener('paste', onPaste, true);
    return () => root.removeEventListener('paste', onPaste, true);
  }, [page, editor, current, update, readOnly, onProblem]);

  return { report, dismiss: () => setReport(null), pending, setPending };
}
