// Lets TypeScript accept the stylesheet imports that Vite bundles (e.g. `import './hand-map.css'`).
declare module '*.css';
