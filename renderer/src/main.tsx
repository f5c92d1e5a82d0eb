import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readDeskState } from './api/desk';
import { loadStartup } from './api/startup';
import { Root } from './components/Root';
import { applyUiDirection } from './core/ui-direction';
import { preloadLanguageNames } from '../../core/language/language-names';
import { bodyEditors } from './editor/body-editor-pool';
import './styles/prosemirror.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/library-pane.css';
import './styles/library-entry.css';
import './styles/batch-export.css';
import './styles/editor-pane.css';
import './styles/export-panel.css';
import './styles/import-panel.css';
import './styles/article-fields.css';
import './styles/body-editor.css';
import './styles/body-figures.css';
import './styles/more-formats.css';
import './styles/photo.css';
import './styles/history.css';
import './styles/desk.css';
import './styles/spelling.css';

applyUiDirection();
const root = createRoot(document.getElementById('root')!);
// One first render with the article in it: no empty window drawn and laid out just to be replaced.
const loading = Promise.all([loadStartup(), readDeskState()]);
// The body editor is built, and the language names the article's fields show are loaded, while the
// main process reads the article.
bodyEditors.prepare();
preloadLanguageNames();
void loading.then(([startup, desk]) =>
  root.render(
    <StrictMode>
      <Root startup={startup} desk={desk} />
    </StrictMode>,
  ),
);
