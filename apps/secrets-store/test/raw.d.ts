// Vite's `?raw` imports give a file's text (the docs fixture).
declare module "*?raw" {
  const text: string;
  export default text;
}
