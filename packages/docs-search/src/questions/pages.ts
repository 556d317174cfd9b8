// Questions people and agents ask that the Pages pages answer, in their own words.
import type { PageQuestions } from "./types.ts";

export const PAGES_QUESTIONS: PageQuestions = {
  "/pages/": [
    "host a static website or jamstack site for free",
    "deploy my frontend from github",
    "cloudflare pages",
  ],
  "/pages/get-started/git-integration/": [
    "connect my github repo and deploy my site on every push",
    "deploy a site from a git repository",
    "pages git integration",
    "automatic deploys from github or gitlab",
  ],
  "/pages/get-started/direct-upload/": [
    "upload a folder of static files without git",
    "drag and drop deploy of my site",
    "deploy prebuilt assets",
  ],
  "/pages/get-started/c3/": [
    "create a new pages project from the command line",
    "create cloudflare cli for pages",
    "scaffold a pages app",
  ],
  "/pages/platform/limits/": [
    "how many files can my site have",
    "maximum file size for a static asset",
    "how many builds per month on the free plan",
    "build timed out after 20 minutes",
  ],
  "/pages/functions/pricing/": [
    "are pages functions billed like workers",
    "pages functions pricing",
    "free requests for pages functions",
  ],
  "/pages/configuration/build-configuration/": [
    "build command and output folder for my framework",
    "which build settings do i use for react or vue",
    "framework presets for builds",
  ],
  "/pages/configuration/build-image/": [
    "set the node version for my build",
    "which languages and tools are available while building",
    "pages build image",
    "build environment variables",
  ],
  "/pages/configuration/custom-domains/": [
    "use my own domain for my pages site",
    "connect a custom domain to a pages project",
    "custom domain for pages",
    "apex domain on pages",
  ],
  "/pages/configuration/preview-deployments/": [
    "preview every pull request before merging",
    "unique url for each branch",
    "disable preview builds",
  ],
  "/pages/configuration/branch-build-controls/": [
    "only build the main branch",
    "skip builds for some branches",
    "branch deployment controls",
  ],
  "/pages/configuration/headers/": [
    "add custom headers to static files",
    "_headers file for my site",
  ],
  "/pages/configuration/redirects/": [
    "redirect old paths on my static site",
    "_redirects file syntax",
    "pages redirects",
    "301 redirects on pages",
  ],
  "/pages/configuration/rollbacks/": [
    "go back to a previous deploy of my site",
    "undo a broken pages deploy",
    "pages rollback",
    "restore a previous deployment",
  ],
  "/pages/configuration/deploy-hooks/": [
    "rebuild my site when content changes in my cms",
    "pages deploy hook",
    "trigger a pages build from a url",
  ],
  "/pages/configuration/monorepos/": [
    "deploy a site from a subfolder of a monorepo",
    "pages in a monorepo",
    "root directory for pages build",
  ],
  "/pages/configuration/serving-pages/": [
    "how pages serves trailing slashes and 404s",
    "route handling for html files",
    "serving pages",
    "how pages handles 404 pages",
  ],
  "/pages/configuration/git-integration/": [
    "change the connected repository",
    "pages git settings",
    "reconnect github to pages",
  ],
  "/pages/configuration/git-integration/troubleshooting/": [
    "my pages build is not triggered",
    "pages git troubleshooting",
    "github push doesn't deploy",
  ],
  "/pages/configuration/debugging-pages/": [
    "my pages deployment fails or shows errors",
    "debug pages",
    "pages deployment failed",
  ],
  "/pages/configuration/api/": [
    "manage pages projects with the rest api",
    "pages api",
    "create a pages deployment with the api",
  ],
  "/pages/functions/": [
    "add server side code or an api to my static site",
    "backend functions for my pages project",
  ],
  "/pages/functions/get-started/": [
    "write my first pages function",
    "functions folder",
    "first api endpoint on pages",
  ],
  "/pages/functions/routing/": [
    "file based routes in the functions folder",
    "dynamic route parameters",
    "pages functions routing",
    "catch-all routes in functions",
  ],
  "/pages/functions/bindings/": [
    "use kv, d1 or r2 from a pages function",
    "add environment variables to pages functions",
    "pages bindings",
    "use d1 in pages functions",
  ],
  "/pages/functions/middleware/": [
    "run code before every request on my site",
    "pages middleware",
    "_middleware.js",
  ],
  "/pages/functions/advanced-mode/": [
    "single _worker.js file for my pages project",
    "pages advanced mode",
    "_worker.js",
  ],
  "/pages/functions/wrangler-configuration/": [
    "wrangler config file for a pages project",
    "pages wrangler.toml",
    "configure bindings in a file for pages",
  ],
  "/pages/functions/local-development/": [
    "run my pages site with functions locally",
    "wrangler pages dev",
    "local development for pages",
  ],
  "/pages/functions/debugging-and-logging/": [
    "see logs from my pages functions",
    "pages functions logs",
    "tail pages functions in real time",
  ],
  "/pages/functions/plugins/": [
    "reusable plugins for pages functions",
    "pages plugins",
    "add sentry or turnstile to pages",
  ],
  "/pages/how-to/www-redirect/": [
    "redirect www to the apex domain on pages",
    "www to root on pages",
    "redirect www for a pages site",
  ],
  "/pages/how-to/redirect-to-custom-domain/": [
    "send pages.dev visitors to my custom domain",
    "redirect pages.dev to my domain",
    "hide the pages.dev url",
  ],
  "/pages/how-to/add-custom-http-headers/": [
    "add headers with a pages function",
    "custom http headers on pages",
  ],
  "/pages/how-to/use-direct-upload-with-continuous-integration/": [
    "deploy my pages site from github actions",
    "pages deploy from ci",
    "wrangler pages deploy in github actions",
  ],
  "/pages/how-to/npm-private-registry/": [
    "install private npm packages during build",
    "private npm registry on pages",
    "npm token for pages build",
  ],
  "/pages/how-to/web-analytics/": [
    "turn on analytics for my pages site",
    "web analytics for pages",
    "visitor stats for my pages site",
  ],
  "/pages/migrations/migrating-from-netlify/": [
    "move my site from netlify to pages",
    "netlify to pages migration",
    "netlify redirects on pages",
  ],
  "/pages/migrations/migrating-from-vercel/": [
    "move my site from vercel to pages",
    "vercel to pages migration",
    "vercel project on pages",
  ],
  "/pages/framework-guides/": [
    "deploy my framework to pages",
    "pages framework guides",
    "supported frameworks on pages",
  ],
  "/pages/framework-guides/nextjs/": ["deploy a next.js app on pages", "next.js on pages"],
  "/pages/framework-guides/deploy-a-react-site/": [
    "deploy a react app to pages",
    "react on pages",
    "deploy create react app",
  ],
  "/pages/framework-guides/deploy-an-astro-site/": [
    "deploy astro to pages",
    "astro on pages",
    "host an astro blog",
  ],
  "/pages/framework-guides/deploy-a-hugo-site/": [
    "deploy a hugo site",
    "hugo on pages",
    "hugo version in pages build",
  ],
  "/pages/framework-guides/deploy-a-vue-site/": [
    "deploy a vue app",
    "vue on pages",
    "host a vue spa",
  ],
  "/pages/framework-guides/deploy-a-svelte-kit-site/": [
    "deploy sveltekit to pages",
    "sveltekit on pages",
    "host a sveltekit site",
  ],
  "/pages/framework-guides/deploy-anything/": [
    "deploy plain html files",
    "static html on pages",
    "host a plain html site",
  ],
  "/pages/tutorials/forms/": [
    "handle a contact form on a static site",
    "html form on pages",
    "contact form backend",
  ],
  "/pages/platform/known-issues/": [
    "known issues with pages",
    "pages known issues",
    "pages limitations",
  ],
  "/pages/configuration/": ["pages configuration", "project settings for pages"],
  "/pages/configuration/early-hints/": ["early hints on pages", "preload assets on a pages site"],
  "/pages/configuration/build-caching/": ["pages build cache", "faster pages builds"],
  "/pages/configuration/build-watch-paths/": [
    "pages build watch paths",
    "only rebuild pages when certain files change",
  ],
  "/pages/functions/source-maps/": [
    "pages functions stack traces",
    "readable errors from pages functions",
  ],
  "/pages/functions/typescript/": ["typescript in pages functions", "types for pages functions"],
  "/pages/functions/smart-placement/": [
    "smart placement for pages functions",
    "run pages functions near my database",
  ],
  "/pages/how-to/custom-branch-aliases/": [
    "custom domain for a preview branch",
    "staging.example.com for a pages branch",
  ],
  "/pages/how-to/preview-with-cloudflare-tunnel/": [
    "share a local pages preview with a tunnel",
    "preview my local site on a public url",
  ],
  "/pages/migrations/migrating-from-firebase/": [
    "move from firebase hosting to pages",
    "firebase hosting migration",
  ],
};
