// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { blankPhoto } from '../../../../core/article/photo-fields';
import type { AttachedPhoto } from '../../../../electron/ipc/contract';
import { PhotoInsertion, type PhotoSource } from '../../../../renderer/src/editor/photo-insertion';
import { openBody } from './body-editor-fixture';

let editor: Editor;
let close: () => void;
let failures: string[];
let imported: { name: string; bytes: number[] }[];

const attached = (file: string, caption = ''): AttachedPhoto => ({
  photo: { ...blankPhoto(file), caption },
  embedded: {},
});

/** The article folder's answers: what the dialog picks, and each file copied in under its own name. */
function source(picked: AttachedPhoto | null, importFails = false): PhotoSource {
  return {
    pick: async () => picked,
    import: async (name, bytes) => {
      if (importFails) throw new Error(`${name} is not an image`);
      imported.push({ name, bytes: [...bytes] });
      return attached(name);
    },
  };
}

const insertion = (from: PhotoSource) =>
  new PhotoInsertion(from, (message) => failures.push(message));

const figures = () =>
  editor.getJSON().content!.flatMap((node) => (node.type === 'figure' ? [node.attrs!] : []));

beforeEach(() => {
  ({ editor, close } = openBody('First.', 'Second.'));
  failures = [];
  imported = [];
});

afterEach(() => close());

describe('PhotoInsertion', () => {
  it('puts the photo picked in the dialog at the selection, caption and all', async () => {
    editor.commands.setTextSelection(7);
    await insertion(source(attached('quay.jpg', 'The quay.'))).pick(editor);
    expect(editor.getJSON().content!.map((node) => node.type)).toEqual([
      'paragraph',
      'figure',
      'paragraph',
    ]);
    expect(figures()).toMatchObject([{ src: 'quay.jpg', caption: 'The quay.' }]);
    expect(failures).toEqual([]);
  });

  it('changes nothing when the dialog is cancelled', async () => {
    const before = editor.getJSON();
    await insertion(source(null)).pick(editor);
    expect(editor.getJSON()).toEqual(before);
    expect(failures).toEqual([]);
  });

  it('copies dropped files in, in order with their bytes, and places them where they were dropped', async () => {
    const files = [
      new File([new Uint8Array([1, 2])], 'a.jpg', { type: 'image/jpeg' }),
      new File([new Uint8Array([3])], 'b.png', { type: 'image/png' }),
    ];
    // Between the two paragraphs: after "First." (1 + 6 characters + its closing token).
    await insertion(source(null)).files(editor, files, 8);
    expect(imported).toEqual([
      { name: 'a.jpg', bytes: [1, 2] },
      { name: 'b.png', bytes: [3] },
    ]);
    expect(editor.getJSON().content!.map((node) => node.type)).toEqual([
      'paragraph',
      'figure',
      'figure',
      'paragraph',
    ]);
    expect(figures().map((f) => f.src)).toEqual(['a.jpg', 'b.png']);
  });

  it('says what failed and adds nothing when a file cannot be copied in', async () => {
    const before = editor.getJSON();
    const file = new File([new Uint8Array([0])], 'notes.png', { type: 'image/png' });
    await insertion(source(null, true)).files(editor, [file], null);
    expect(failures).toEqual(['Could not add the photo: notes.png is not an image']);
    expect(editor.getJSON()).toEqual(before);
  });
});
