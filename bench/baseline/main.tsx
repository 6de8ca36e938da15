import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The Start figure's baseline: an empty React page, built and served the way the app is.
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <div id="bench-baseline-ready">Ready</div>
  </StrictMode>,
);
