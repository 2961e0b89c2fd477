// The browser half: bundled by Vite (npm run build) into dist/client.js; the UI is split into chunks
// that load only when the banner or the settings are needed.
import { init } from 'keks';
import { config } from './keks-config.js';

init(config);
