// Lets TypeScript accept Vite-handled imports (the stylesheets) in the renderer.
/// <reference types="vite/client" />
