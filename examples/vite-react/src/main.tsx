import { init } from 'keks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { config } from './keks-config';

// Once, before rendering: reads the stored decision and shows the banner to a first-time visitor.
init(config);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
