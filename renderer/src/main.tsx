// Entry point: mounts the app inside the query cache, the notice system and a top-level error
// boundary.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/query-client';
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
const queryClient = createQueryClient();
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <NoticeProvider>
          <App />
        </NoticeProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
