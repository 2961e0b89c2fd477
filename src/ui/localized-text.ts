// Shared with the loader's floating-button stand-in (src/fab), which must not import the UI.
export { anyText, localized } from '../localized-text.js';
