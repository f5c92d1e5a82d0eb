import type { Editor } from '@tiptap/core';
import { photoToFigure } from '../../../core/body/figure-photo';
import type { AttachedPhoto } from '../../../electron/ipc/contract';
import { errorMessage } from '../api/newsroom';

/** Where the body's photos come from: the article's folder, through the main process. */
export interface PhotoSource {
  /** Asks for a photo in the file dialog and copies it in; null when the user cancels. */
  pick(): Promise<AttachedPhoto | null>;
  /** Copies one dropped or pasted image file in. */
  import(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<AttachedPhoto>;
}

/** Adds photos to the body as figures: picked in the file dialog, or image files dropped or pasted. */
export class PhotoInsertion {
  constructor(
    private readonly source: PhotoSource,
    /** Told, in words for the user, when a photo could not be added. */
    private readonly failed: (message: string) => void,
  ) {}

  /** The toolbar's "Insert photo": the file dialog, then a figure at the selection. */
  pick(editor: Editor): Promise<void> {
    return this.insert(editor, null, async () => {
      const picked = await this.source.pick();
      return picked ? [picked] : [];
    });
  }

  /** Image files dropped at `position` (null: pasted at the selection), copied in one by one, in order. */
  files(editor: Editor, files: File[], position: number | null): Promise<void> {
    return this.insert(editor, position, async () => {
      const photos: AttachedPhoto[] = [];
      for (const file of files) {
        photos.push(await this.source.import(file.name, new Uint8Array(await file.arrayBuffer())));
      }
      return photos;
    });
  }

  private async insert(
    editor: Editor,
    position: number | null,
    attach: () => Promise<AttachedPhoto[]>,
  ): Promise<void> {
    try {
      const photos = await attach();
      if (photos.length === 0) return;
      const nodes = photos.map((p) => ({ type: 'figure', attrs: photoToFigure(p.photo) }));
      const chain = editor.chain().focus();
      (position === null
        ? chain.insertContent(nodes)
        : chain.insertContentAt(position, nodes)
      ).run();
    } catch (err) {
      this.failed(`Could not add the photo: ${errorMessage(err)}`);
    }
  }
}
