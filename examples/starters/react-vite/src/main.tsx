import { createRoot } from 'react-dom/client';
// Defines every icr- element; import it before the first render so React sets properties.
import 'icr-elements/define.js';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
