// Modules of the Dynamic Workers that the isolate code imports (see ../../spec/sandbox-text.ts and
// @repo/sandbox's runtime), for type-checking the *.isolate.js files (tsconfig.isolate.json).
declare module "spec.txt" {
  const text: string;
  export default text;
}
