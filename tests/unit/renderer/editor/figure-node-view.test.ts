// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { bodyExtensions } from '../../../../core/body/extensions';
import type { BodyJSON } from '../../../../core/body/schema';
import { EditableFigure } from '../../../../renderer/src/editor/editable-figure';
import type { FigureEditRequest } from '../../../../renderer/src/editor/figure-node-view';

const figure = (attrs: Record<string, unknown>) => ({
  type: 'figure',
  attrs: {
    src: 'p.jpg',
    caption: '',
    credit: '',
    photographer: '',
    copyright: '',
    alt: '',
    width: null,
    height: null,
    ...attrs,
  },
});

let editor: Editor | null = null;
let requests: FigureEditRequest[] = [];

function open(...figures: ReturnType<typeof figure>[]): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  const content: BodyJSON = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Before.' }] }, ...figures],
  };
  editor = new Editor({
    element,
    content,
    extensions: [
      ...bodyExtensions.filter((extension) => extension.name !== 'figure'),
      EditableFigure.configure({
        articleId: () => 'a1',
        onEdit: (request) => requests.push(request),
      }),
    ],
  });
  return editor.view.dom;
}

afterEach(() => {
  editor?.destroy();
  editor = null;
  requests = [];
  document.body.innerHTML = '';
});

const button = (dom: HTMLElement, name: string) =>
  [...dom.querySelectorAll('button')].find((b) => b.textContent === name);

describe('figure node view', () => {
  it('draws the image, caption, credit and buttons', () => {
    const dom = open(figure({ caption: 'A quay.', credit: 'Staff/Ana', alt: 'Boats', width: 800 }));
    const wrapper = dom.querySelector('.node-figure')!;
    expect(wrapper.getAttribute('contenteditable')).toBe('false');
    const fig = wrapper.querySelector('figure.body-figure')!;
    expect(fig.hasAttribute('data-drag-handle')).toBe(true);
    const img = fig.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('media/a1/p.jpg');
    expect(img.getAttribute('alt')).toBe('Boats');
    expect(img.getAttribute('width')).toBe('800');
    expect(img.hasAttribute('height')).toBe(false);
    // Photos far down a long article load as they scroll into view, not all at open.
    expect(img.loading).toBe('lazy');
    expect(fig.querySelector('figcaption')!.innerHTML).toBe(
      '<span class="figure-caption">A quay.</span> <span class="figure-credit">Staff/Ana</span>',
    );
    expect([...fig.querySelectorAll('.figure-actions button')].map((b) => b.textContent)).toEqual([
      'Edit inline photo',
      'Delete inline photo',
    ]);
  });

  it('marks a missing caption and leaves out an empty credit', () => {
    const dom = open(figure({}));
    expect(dom.querySelector('figcaption')!.innerHTML).toBe(
      '<span class="figure-caption is-missing">No caption yet</span> ',
    );
    expect(dom.querySelector('img')!.getAttribute('alt')).toBe('');
  });

  it('edits through the request and redraws from the new attributes', () => {
    const dom = open(figure({ caption: 'Old.' }));
    const img = dom.querySelector('img')!;
    button(dom, 'Edit inline photo')!.click();
    expect(requests).toHaveLength(1);
    const request = requests[0]!;
    expect(request.photo().caption).toBe('Old.');
    request.apply({ ...request.photo(), caption: 'New.', credit: 'AFP/Kim', altText: 'A quay' });
    expect(editor!.getJSON().content![1]!.attrs).toMatchObject({
      caption: 'New.',
      credit: 'AFP/Kim',
      alt: 'A quay',
    });
    expect(request.photo().caption).toBe('New.');
    expect(dom.querySelector('img')).toBe(img);
    expect(dom.querySelector('figcaption')!.textContent).toBe('New. AFP/Kim');
    request.apply({ ...request.photo(), credit: '' });
    expect(dom.querySelector('.figure-credit')).toBeNull();
  });

  it('deletes the figure', () => {
    const dom = open(figure({ caption: 'Gone.' }));
    button(dom, 'Delete inline photo')!.click();
    expect(dom.querySelector('figure')).toBeNull();
    expect(editor!.getJSON().content!.map((n) => n.type)).toEqual(['paragraph']);
  });

  it('shows the buttons only while the editor is editable', () => {
    const dom = open(figure({}), figure({}));
    editor!.setEditable(false);
    expect(dom.querySelectorAll('.figure-actions')).toHaveLength(0);
    editor!.setEditable(true);
    expect(dom.querySelectorAll('.figure-actions')).toHaveLength(2);
  });

  it('marks the selected figure', () => {
    const dom = open(figure({}));
    const pos = editor!.state.doc.child(0).nodeSize;
    editor!.view.dispatch(
      editor!.state.tr.setSelection(NodeSelection.create(editor!.state.doc, pos)),
    );
    expect(dom.querySelector('.node-figure')!.classList.contains('ProseMirror-selectednode')).toBe(
      true,
    );
    expect(dom.querySelector('figure')!.classList.contains('is-selected')).toBe(true);
    editor!.commands.setTextSelection(1);
    expect(dom.querySelector('figure')!.classList.contains('is-selected')).toBe(false);
  });

  it('loads the preview of a large photo and falls back to the file once', () => {
    const dom = open(figure({ width: 4000, height: 3000 }));
    const img = dom.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('media/a1/p.jpg.preview.jpg');
    img.dispatchEvent(new Event('error'));
    expect(img.getAttribute('src')).toBe('media/a1/p.jpg');
    img.dispatchEvent(new Event('error'));
    expect(img.getAttribute('src')).toBe('media/a1/p.jpg');
  });
});
