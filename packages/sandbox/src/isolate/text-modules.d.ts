// Sandbox modules are imported as text (`with { type: "text" }`): their source goes into Dynamic
// Workers, never runs in the host.
declare module "*.isolate.js" {
  const source: string;
  export default source;
}
