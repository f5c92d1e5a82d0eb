import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import './styles/prosemirror.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/editor.css';
import './styles/photo.css';
import './styles/history.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
