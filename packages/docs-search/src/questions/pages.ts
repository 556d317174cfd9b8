// Questions people and agents ask that the Pages pages answer, in their own words.
import type { PageQuestions } from "./types.ts";

export const PAGES_QUESTIONS: PageQuestions = {
  "/pages/": [
    "host a static website or jamstack site for free",
    "deploy my frontend from github",
    "cloudflare pages",
    "free hosting like github pages or netlify on cloudflare",
    "put my portfolio or blog online",
  ],
  "/pages/get-started/git-integration/": [
    "connect my github repo and deploy my site on every push",
    "deploy a site from a git repository",
    "pages git integration",
    "automatic deploys from github or gitlab",
    "my site redeploys every time i push to github",
  ],
  "/pages/get-started/direct-upload/": [
    "upload a folder of static files without git",
    "drag and drop deploy of my site",
    "deploy prebuilt assets",
    "publish a site i built locally without connecting a repo",
  ],
  "/pages/get-started/c3/": [
    "create a new pages project from the command line",
    "create cloudflare cli for pages",
    "scaffold a pages app",
    "npm create cloudflare for a static site",
  ],
  "/pages/platform/limits/": [
    "how many files can my site have",
    "maximum file size for a static asset",
    "how many builds per month on the free plan",
    "build timed out after 20 minutes",
    "deploy fails because there are more than 20,000 files",
    "error asset is over the 25 mib limit",
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
    "build fails with command not found or wrong output directory",
    "what to put in build output directory for my framework",
  ],
  "/pages/configuration/build-image/": [
    "set the node version for my build",
    "which languages and tools are available while building",
    "pages build image",
    "build environment variables",
    "build uses the wrong node version",
    "npm install fails in the pages build",
  ],
  "/pages/configuration/custom-domains/": [
    "use my own domain for my pages site",
    "connect a custom domain to a pages project",
    "custom domain for pages",
    "apex domain on pages",
    "custom domain stuck on verifying or ssl pending",
    "error 522 on my pages custom domain",
  ],
  "/pages/configuration/preview-deployments/": [
    "preview every pull request before merging",
    "unique url for each branch",
    "disable preview builds",
    "keep preview links private or behind a login",
  ],
  "/pages/configuration/branch-build-controls/": [
    "only build the main branch",
    "skip builds for some branches",
    "branch deployment controls",
    "stop dependabot branches from triggering builds",
  ],
  "/pages/configuration/headers/": [
    "add custom headers to static files",
    "_headers file for my site",
    "set cache-control for my static site's files",
    "add security headers like csp to my site",
  ],
  "/pages/configuration/redirects/": [
    "redirect old paths on my static site",
    "_redirects file syntax",
    "pages redirects",
    "301 redirects on pages",
    "my _redirects rules are ignored",
  ],
  "/pages/configuration/rollbacks/": [
    "go back to a previous deploy of my site",
    "undo a broken pages deploy",
    "pages rollback",
    "restore a previous deployment",
    "latest deploy broke my site, restore the previous one",
  ],
  "/pages/configuration/deploy-hooks/": [
    "rebuild my site when content changes in my cms",
    "pages deploy hook",
    "trigger a pages build from a url",
    "rebuild my site on a schedule",
  ],
  "/pages/configuration/monorepos/": [
    "deploy a site from a subfolder of a monorepo",
    "pages in a monorepo",
    "root directory for pages build",
    "build only one app from a repo with many apps",
  ],
  "/pages/configuration/serving-pages/": [
    "how pages serves trailing slashes and 404s",
    "route handling for html files",
    "serving pages",
    "how pages handles 404 pages",
    "pages adds or removes a trailing slash on my urls",
    "custom 404 page not showing on my site",
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
    "repository not found or access error in pages",
    "builds stopped after i renamed my github repo",
  ],
  "/pages/configuration/debugging-pages/": [
    "my pages deployment fails or shows errors",
    "debug pages",
    "pages deployment failed",
    "my site shows a blank page after deploy",
    "deployment succeeded but the site shows old content",
  ],
  "/pages/configuration/api/": [
    "manage pages projects with the rest api",
    "pages api",
    "create a pages deployment with the api",
    "automate site deployments with curl and an api token",
  ],
  "/pages/functions/": [
    "add server side code or an api to my static site",
    "backend functions for my pages project",
    "add an api to my static site without a separate server",
  ],
  "/pages/functions/get-started/": [
    "write my first pages function",
    "functions folder",
    "first api endpoint on pages",
    "backend endpoint next to my html files",
  ],
  "/pages/functions/routing/": [
    "file based routes in the functions folder",
    "dynamic route parameters",
    "pages functions routing",
    "catch-all routes in functions",
    "my function returns 404 or the route is not matched",
  ],
  "/pages/functions/bindings/": [
    "use kv, d1 or r2 from a pages function",
    "add environment variables to pages functions",
    "pages bindings",
    "use d1 in pages functions",
    "env binding undefined in my pages function",
    "secrets for my pages functions",
  ],
  "/pages/functions/middleware/": [
    "run code before every request on my site",
    "pages middleware",
    "_middleware.js",
    "protect every route of my site with one auth check",
  ],
  "/pages/functions/advanced-mode/": [
    "single _worker.js file for my pages project",
    "pages advanced mode",
    "_worker.js",
    "write one worker script that handles all routes of my site",
  ],
  "/pages/functions/wrangler-configuration/": [
    "wrangler config file for a pages project",
    "pages wrangler.toml",
    "configure bindings in a file for pages",
    "bindings in the dashboard disappeared after adding wrangler.toml",
  ],
  "/pages/functions/local-development/": [
    "run my pages site with functions locally",
    "wrangler pages dev",
    "local development for pages",
    "functions do not run when i open my site locally",
  ],
  "/pages/functions/debugging-and-logging/": [
    "see logs from my pages functions",
    "pages functions logs",
    "tail pages functions in real time",
    "console.log in my pages function shows nothing",
  ],
  "/pages/functions/plugins/": [
    "reusable plugins for pages functions",
    "pages plugins",
    "add sentry or turnstile to pages",
    "drop in middleware for auth, forms or error tracking on my site",
  ],
  "/pages/how-to/www-redirect/": [
    "redirect www to the apex domain on pages",
    "www to root on pages",
    "redirect www for a pages site",
    "www version of my site does not work",
  ],
  "/pages/how-to/redirect-to-custom-domain/": [
    "send pages.dev visitors to my custom domain",
    "redirect pages.dev to my domain",
    "hide the pages.dev url",
    "stop search engines indexing my pages.dev address",
  ],
  "/pages/how-to/add-custom-http-headers/": [
    "add headers with a pages function",
    "custom http headers on pages",
    "set headers dynamically per request on my static site",
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
    "build fails with 401 installing a private package",
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
    "netlify forms and functions on cloudflare",
  ],
  "/pages/migrations/migrating-from-vercel/": [
    "move my site from vercel to pages",
    "vercel to pages migration",
    "vercel project on pages",
    "vercel serverless functions to cloudflare",
  ],
  "/pages/framework-guides/": [
    "deploy my framework to pages",
    "pages framework guides",
    "supported frameworks on pages",
    "which static site generators can i host for free on cloudflare",
  ],
  "/pages/framework-guides/nextjs/": [
    "deploy a next.js app on pages",
    "next.js on pages",
    "next.js server features on cloudflare pages",
  ],
  "/pages/framework-guides/deploy-a-react-site/": [
    "deploy a react app to pages",
    "react on pages",
    "deploy create react app",
    "create react app build folder setting on pages",
  ],
  "/pages/framework-guides/deploy-an-astro-site/": [
    "deploy astro to pages",
    "astro on pages",
    "host an astro blog",
    "put my astro blog online from github",
  ],
  "/pages/framework-guides/deploy-a-hugo-site/": [
    "deploy a hugo site",
    "hugo on pages",
    "hugo version in pages build",
    "hugo build fails because of an old hugo version",
  ],
  "/pages/framework-guides/deploy-a-vue-site/": [
    "deploy a vue app",
    "vue on pages",
    "host a vue spa",
    "vue router pages show not found after refresh",
  ],
  "/pages/framework-guides/deploy-a-svelte-kit-site/": [
    "deploy sveltekit to pages",
    "sveltekit on pages",
    "host a sveltekit site",
    "adapter-cloudflare settings for a svelte app",
  ],
  "/pages/framework-guides/deploy-anything/": [
    "deploy plain html files",
    "static html on pages",
    "host a plain html site",
    "upload an index.html and make it a website",
  ],
  "/pages/tutorials/forms/": [
    "handle a contact form on a static site",
    "html form on pages",
    "contact form backend",
    "receive form data on a static site and store it",
  ],
  "/pages/platform/known-issues/": [
    "known issues with pages",
    "pages known issues",
    "pages limitations",
    "feature works on workers but not on pages",
  ],
  "/pages/configuration/": [
    "pages configuration",
    "project settings for pages",
    "where are the settings for my static site project",
  ],
  "/pages/configuration/early-hints/": [
    "early hints on pages",
    "preload assets on a pages site",
    "speed up page load by preloading css and fonts",
  ],
  "/pages/configuration/build-caching/": [
    "pages build cache",
    "faster pages builds",
    "npm install takes most of my build time",
    "cache dependencies between site builds",
  ],
  "/pages/configuration/build-watch-paths/": [
    "pages build watch paths",
    "only rebuild pages when certain files change",
    "skip a site build when only docs or readme changed",
  ],
  "/pages/functions/source-maps/": [
    "pages functions stack traces",
    "readable errors from pages functions",
    "error stack in my functions points to the bundled file",
  ],
  "/pages/functions/typescript/": [
    "typescript in pages functions",
    "types for pages functions",
    "types for context and env in my functions",
  ],
  "/pages/functions/smart-placement/": [
    "smart placement for pages functions",
    "run pages functions near my database",
    "my functions are slow because they call a far away api",
  ],
  "/pages/how-to/custom-branch-aliases/": [
    "custom domain for a preview branch",
    "staging.example.com for a pages branch",
    "give my staging branch its own subdomain",
  ],
  "/pages/how-to/preview-with-cloudflare-tunnel/": [
    "share a local pages preview with a tunnel",
    "preview my local site on a public url",
    "show a client my site running on localhost",
  ],
  "/pages/migrations/migrating-from-firebase/": [
    "move from firebase hosting to pages",
    "firebase hosting migration",
    "leave google firebase and host my site on cloudflare",
  ],
  "/pages/configuration/git-integration/github-integration/": [
    "skip a build with a commit message on github",
    "preview urls and check runs on my pull requests",
    "reinstall or change repo access for the cloudflare github app",
    "my github repository does not show up when creating a project",
  ],
  "/pages/configuration/git-integration/gitlab-integration/": [
    "deploy my site from a gitlab repository",
    "gitlab merge request previews for my static site",
    "reconnect gitlab after access was revoked",
  ],
  "/pages/functions/api-reference/": [
    "onrequestget and onrequestpost handlers in a pages function",
    "eventcontext fields: request, env, params, next, waituntil",
    "serve a static file from inside a function with env.assets.fetch",
  ],
  "/pages/functions/module-support/": [
    "import a wasm module or text file in a pages function",
    "use binary or webassembly modules in my site's functions",
  ],
  "/pages/functions/metrics/": [
    "see requests, errors and cpu time of my site's functions",
    "why are my pages functions failing, where are the stats",
  ],
  "/pages/functions/examples/ab-testing/": [
    "split visitors between two versions of a page with middleware",
    "a/b test with a cookie in a pages function",
  ],
  "/pages/functions/examples/cors-headers/": [
    "add cors headers to all responses of my functions",
    "access-control-allow-origin in pages middleware",
  ],
  "/pages/functions/plugins/cloudflare-access/": [
    "read the logged in user's identity from access in a pages function",
    "validate the access jwt in my static site's backend",
  ],
  "/pages/functions/plugins/community-plugins/": [
    "third party plugins for pages functions",
    "list of community made middleware for pages",
  ],
  "/pages/functions/plugins/google-chat/": [
    "build a google chat bot with pages functions",
    "respond to google chat messages from my site",
  ],
  "/pages/functions/plugins/graphql/": [
    "host a graphql server in pages functions",
    "graphql endpoint on my static site",
  ],
  "/pages/functions/plugins/hcaptcha/": [
    "verify an hcaptcha response on form submit",
    "protect a form on my site with hcaptcha",
  ],
  "/pages/functions/plugins/honeycomb/": [
    "send traces of my pages functions to honeycomb",
    "tracing middleware for pages functions",
  ],
  "/pages/functions/plugins/sentry/": [
    "report errors in pages functions to sentry",
    "capture exceptions from my site's backend in sentry",
  ],
  "/pages/functions/plugins/static-forms/": [
    "handle html form submissions on a static site without a server",
    "save contact form entries to kv",
  ],
  "/pages/functions/plugins/stytch/": [
    "check stytch session tokens in pages functions",
    "stytch authentication middleware for my site",
  ],
  "/pages/functions/plugins/turnstile/": [
    "validate a turnstile token in a pages function",
    "stop bots submitting my site's forms without a captcha puzzle",
  ],
  "/pages/functions/plugins/vercel-og/": [
    "generate social share images for my pages",
    "open graph image generation on cloudflare pages",
  ],
  "/pages/how-to/build-commands-branches/": [
    "run a different build command on preview branches",
    "use cf_pages_branch to change the build per branch",
  ],
  "/pages/how-to/deploy-a-wordpress-site/": [
    "export my wordpress site as static html and host it for free",
    "static copy of a wordpress blog on pages",
  ],
  "/pages/how-to/enable-zaraz/": [
    "add third party tags like google analytics to my pages site",
    "turn on zaraz for a pages project",
  ],
  "/pages/how-to/refactor-a-worker-to-pages-functions/": [
    "move my worker api into functions of my pages project",
    "convert a worker's fetch handler to a pages function",
  ],
  "/pages/how-to/use-worker-for-ab-testing-in-pages/": [
    "show half of my visitors a new design",
    "a/b test two builds of my static site",
  ],
  "/pages/migrations/migrating-from-workers/": [
    "move a workers sites project to pages",
    "migrate from kv asset handler based site hosting",
  ],
  "/pages/migrations/migrating-jekyll-from-github-pages/": [
    "move my jekyll blog off github pages",
    "host a github pages jekyll site on cloudflare",
  ],
  "/pages/tutorials/add-a-react-form-with-formspree/": [
    "contact form in a react app without a backend",
    "send react form submissions to formspree",
  ],
  "/pages/tutorials/add-an-html-form-with-formspree/": [
    "contact form on a plain html site with no server",
    "receive form submissions by email from a static site",
  ],
  "/pages/tutorials/build-a-blog-using-nuxt-and-sanity/": [
    "blog with nuxt and sanity cms on cloudflare",
    "headless cms site that rebuilds when content changes",
  ],
  "/pages/tutorials/build-an-api-with-pages-functions/": [
    "add a json api next to my react frontend",
    "backend endpoints for a static site with functions",
  ],
  "/pages/tutorials/localize-a-website/": [
    "translate my site into other languages at the edge",
    "rewrite html text by visitor language with htmlrewriter",
  ],
  "/pages/tutorials/use-r2-as-static-asset-storage-for-pages/": [
    "serve large files for my site from r2",
    "store images in a bucket instead of in the pages build",
  ],
  "/pages/framework-guides/deploy-a-blazor-site/": [
    "deploy a blazor webassembly app to pages",
    "host a .net blazor site on cloudflare",
  ],
  "/pages/framework-guides/deploy-a-brunch-site/": [
    "deploy a brunch project to pages",
    "brunch build settings on cloudflare pages",
  ],
  "/pages/framework-guides/deploy-a-docusaurus-site/": [
    "host my docusaurus documentation on pages",
    "docusaurus build output directory for cloudflare",
    "put our product docs website online",
  ],
  "/pages/framework-guides/deploy-a-gatsby-site/": [
    "deploy a gatsby site to pages",
    "gatsby build command and output folder for cloudflare",
    "gatsby blog online from a git repo",
  ],
  "/pages/framework-guides/deploy-a-gridsome-site/": [
    "deploy a gridsome vue site to pages",
    "gridsome static site hosting on cloudflare",
  ],
  "/pages/framework-guides/deploy-a-hexo-site/": [
    "host a hexo blog on pages",
    "hexo deploy settings for cloudflare",
  ],
  "/pages/framework-guides/deploy-a-hono-site/": [
    "deploy a hono app with pages",
    "hono on cloudflare pages with functions",
  ],
  "/pages/framework-guides/deploy-a-jekyll-site/": [
    "deploy a jekyll site to pages",
    "ruby version for jekyll builds on cloudflare",
    "jekyll build fails with a bundler or ruby error",
  ],
  "/pages/framework-guides/deploy-a-nuxt-site/": [
    "deploy a nuxt app to pages",
    "nuxt server side rendering on cloudflare pages",
    "use bindings like kv or d1 from nuxt on pages",
    "nuxt build preset for cloudflare",
  ],
  "/pages/framework-guides/deploy-a-pelican-site/": [
    "host a pelican python static site on pages",
    "pelican build command for cloudflare",
  ],
  "/pages/framework-guides/deploy-a-preact-site/": [
    "deploy a preact app to pages",
    "preact cli build output for cloudflare pages",
  ],
  "/pages/framework-guides/deploy-a-qwik-site/": [
    "deploy a qwik city app to pages",
    "qwik adapter for cloudflare pages",
  ],
  "/pages/framework-guides/deploy-a-remix-site/": [
    "deploy an existing remix app to cloudflare",
    "remix replaced by react router for new projects",
  ],
  "/pages/framework-guides/deploy-a-solid-start-site/": [
    "deploy solidstart to pages",
    "solid start preset for cloudflare pages",
  ],
  "/pages/framework-guides/deploy-a-sphinx-site/": [
    "host sphinx python documentation on pages",
    "build sphinx docs with pipenv on cloudflare",
  ],
  "/pages/framework-guides/deploy-a-vite3-project/": [
    "deploy a vite project to pages",
    "vite build output dist on cloudflare pages",
    "vite app deploy with npm run build",
  ],
  "/pages/framework-guides/deploy-a-vitepress-site/": [
    "host a vitepress documentation site on pages",
    "vitepress build folder for cloudflare",
  ],
  "/pages/framework-guides/deploy-a-zola-site/": [
    "deploy a zola static site to pages",
    "zola version environment variable for the build",
  ],
  "/pages/framework-guides/deploy-an-analog-site/": [
    "deploy an analog angular app",
    "analog meta framework on cloudflare",
  ],
  "/pages/framework-guides/deploy-an-angular-site/": [
    "deploy an angular app to pages",
    "angular build output path for cloudflare pages",
    "angular app shows a blank page after deploy",
  ],
  "/pages/framework-guides/deploy-an-elderjs-site/": [
    "deploy an elder.js site to pages",
    "elderjs static build on cloudflare",
  ],
  "/pages/framework-guides/deploy-an-eleventy-site/": [
    "host an eleventy 11ty site on pages",
    "eleventy build command for a cloudflare site",
    "simple blog generator hosted for free",
  ],
  "/pages/framework-guides/deploy-an-emberjs-site/": [
    "deploy an ember app to pages",
    "ember cli build settings for cloudflare",
  ],
  "/pages/framework-guides/deploy-an-mkdocs-site/": [
    "host mkdocs documentation on pages",
    "mkdocs material site on cloudflare with requirements.txt",
  ],
  "/pages/framework-guides/nextjs/deploy-a-static-nextjs-site/": [
    "deploy a next.js static export to pages",
    "next build with output export on cloudflare",
  ],
};
