import { ReactNodeViewRenderer } from '@tiptap/react';
import { Figure } from '../../../core/body/figure';
import { FigureView } from '../components/FigureView';

/** The shared Figure node with a React view for the editor; schema and HTML stay those of core. */
export const EditableFigure = Figure.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
});
