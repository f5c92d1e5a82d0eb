import { Figure } from '../../../core/body/figure';
import { FigureNodeView, type FigureViewOptions } from './figure-node-view';

/** The shared Figure node with a DOM view for the editor; schema and HTML stay those of core. */
export const EditableFigure = Figure.extend<FigureViewOptions>({
  addOptions() {
    return { articleId: () => '', onEdit: () => undefined };
  },
  addNodeView() {
    return (props) => new FigureNodeView(props, this.options);
  },
});
