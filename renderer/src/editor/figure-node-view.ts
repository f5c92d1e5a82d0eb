import { NodeView, type NodeViewRendererProps } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Photo } from '../../../core/article/photo';
import { figureToPhoto, photoToFigure } from '../../../core/body/figure-photo';
import { fileToLoad, previewThatFailed } from '../../../core/photo/preview';
import { mediaUrl } from '../core/media-url';

/** Asked of the article view when the user clicks "Edit inline photo". */
export interface FigureEditRequest {
  /** The figure's photo as it is in the document now. */
  photo(): Photo;
  /** Writes edited metadata into the figure. */
  apply(photo: Photo): void;
}

export interface FigureViewOptions {
  /** The open article, whose media the images load from (read when drawn: set after the editor is built). */
  articleId(): string;
  onEdit(request: FigureEditRequest): void;
}

/**
 * A photo inside the body (image, caption, credit, edit and delete buttons) drawn with plain DOM:
 * one React root per figure made opening a long article slow. Stop-event, drag and attribute
 * handling come from TipTap's NodeView.
 */
export class FigureNodeView extends NodeView<null> {
  readonly root = document.createElement('div');
  private readonly figure = document.createElement('figure');
  private readonly img = document.createElement('img');
  private readonly caption = document.createElement('span');
  private readonly credit = document.createElement('span');
  private actions: HTMLDivElement | null = null;
  /** The preview file that failed to load: the image falls back to the original once. */
  private failedPreview: string | null = null;

  constructor(
    props: NodeViewRendererProps,
    private readonly figureOptions: FigureViewOptions,
  ) {
    super(null, props);
    this.root.className = 'node-figure';
    this.figure.className = 'body-figure';
    this.figure.setAttribute('data-drag-handle', '');
    this.figure.addEventListener('dragstart', (event) => this.onDragStart(event));
    this.img.decoding = 'async';
    // A long article's photos below the fold are fetched and decoded only as they scroll into view.
    this.img.loading = 'lazy';
    this.img.addEventListener('error', () => this.imageFailed());
    const figcaption = document.createElement('figcaption');
    figcaption.append(this.caption, ' ');
    this.figure.append(this.img, figcaption);
    this.root.append(this.figure);
    this.editor.on('update', this.syncEditable);
    this.render();
  }

  override get dom(): HTMLElement {
    return this.root;
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    if (node !== this.node) {
      this.node = node;
      this.render();
    }
    return true;
  }

  selectNode(): void {
    this.setSelected(true);
  }

  deselectNode(): void {
    this.setSelected(false);
  }

  destroy(): void {
    this.editor.off('update', this.syncEditable);
  }

  private photo(): Photo {
    return figureToPhoto(this.node.attrs);
  }

  private setSelected(selected: boolean): void {
    this.root.classList.toggle('ProseMirror-selectednode', selected);
    this.figure.classList.toggle('is-selected', selected);
  }

  private render(): void {
    const photo = this.photo();
    this.renderImage(photo);
    this.caption.className = photo.caption ? 'figure-caption' : 'figure-caption is-missing';
    this.caption.textContent = photo.caption || 'No caption yet';
    if (photo.credit) {
      this.credit.className = 'figure-credit';
      this.credit.textContent = photo.credit;
      if (!this.credit.isConnected) this.figure.querySelector('figcaption')!.append(this.credit);
    } else {
      this.credit.remove();
    }
    this.syncEditable();
  }

  private renderImage(photo: Photo): void {
    const file = fileToLoad(photo, this.failedPreview);
    const src = mediaUrl(this.figureOptions.articleId(), file);
    // Reassigning the same src would reload the image on every caption edit.
    if (this.img.getAttribute('src') !== src) this.img.setAttribute('src', src);
    if (this.img.getAttribute('alt') !== photo.altText) this.img.setAttribute('alt', photo.altText);
    setSize(this.img, 'width', photo.width);
    setSize(this.img, 'height', photo.height);
  }

  private imageFailed(): void {
    const photo = this.photo();
    const preview = previewThatFailed(photo, fileToLoad(photo, this.failedPreview));
    if (!preview) return;
    this.failedPreview = preview;
    this.renderImage(photo);
  }

  /** Edit and delete buttons exist only while the editor is editable (read-only workspaces). */
  private readonly syncEditable = (): void => {
    const editable = this.editor.isEditable;
    if (editable && !this.actions) {
      this.actions = document.createElement('div');
      this.actions.className = 'figure-actions';
      this.actions.append(
        button('Edit inline photo', 'button small', () => this.edit()),
        button('Delete inline photo', 'button small subtle', () => this.deleteNode()),
      );
      this.figure.append(this.actions);
    } else if (!editable && this.actions) {
      this.actions.remove();
      this.actions = null;
    }
  };

  private edit(): void {
    this.figureOptions.onEdit({
      photo: () => this.photo(),
      apply: (photo) => this.updateAttributes(photoToFigure(photo)),
    });
  }
}

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

function setSize(img: HTMLImageElement, name: 'width' | 'height', value: number | null): void {
  if (value === null) img.removeAttribute(name);
  else if (img.getAttribute(name) !== String(value)) img.setAttribute(name, String(value));
}
