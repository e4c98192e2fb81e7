// Entry point: mounts the app inside the notice system and a top-level error boundary.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { ErrorBoundary } from './notices/error-boundary';
import { NoticeProvider } from './notices/notice-context';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/details.css';
import './styles/notes.css';
import './styles/notices.css';
import './styles/import.css';
import './styles/import-panel.css';
import './styles/cleaning.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <NoticeProvider>
        <App />
      </NoticeProvider>
    </ErrorBoundary>
  </StrictMode>,
);
