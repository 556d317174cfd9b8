/**
 * How people ask for the operations that protect a site: rulesets (WAF custom rules, rate limiting,
 * redirects, transforms, cache and origin rules by phase), IP access rules, lockdowns, user agent
 * blocks, lists, page rules, bots, Turnstile, Page Shield, API Shield and custom error pages.
 * Written blind to the evaluation sets.
 * @module
 */
import type { OperationPhrasings } from "../../types.ts";

const ZONE_RULESETS = "/zones/{zone_id}/rulesets";
const ACCOUNT_RULESETS = "/accounts/{account_id}/rulesets";
const ZONE_ACCESS_RULES = "/zones/{zone_id}/firewall/access_rules/rules";
const ACCOUNT_ACCESS_RULES = "/accounts/{account_identifier}/firewall/access_rules/rules";
const LISTS = "/accounts/{account_id}/rules/lists";

export const SECURITY_PHRASINGS: OperationPhrasings = {
  // Zone rulesets
  [`GET ${ZONE_RULESETS}`]: ["which rulesets does my site have", "what waf and redirect rules exist on my domain", "list my site's rules"],
  [`POST ${ZONE_RULESETS}`]: ["create a ruleset for my site", "start a new set of custom rules on a zone", "new zone ruleset"],
  [`GET ${ZONE_RULESETS}/{ruleset_id}`]: ["show the rules inside one ruleset", "which managed rules are in this ruleset", "details of a zone ruleset"],
  [`PUT ${ZONE_RULESETS}/{ruleset_id}`]: ["replace all the rules in a ruleset", "rewrite a zone ruleset", "update a zone ruleset"],
  [`DELETE ${ZONE_RULESETS}/{ruleset_id}`]: ["delete a ruleset from my site", "remove a zone ruleset", "drop a set of rules i no longer use"],
  [`GET ${ZONE_RULESETS}/phases/{ruleset_phase}/entrypoint`]: ["which firewall rules block traffic on my site", "show my redirect rules", "what cache rules do i have", "list my custom waf rules", "which rate limiting rules are set", "show my transform rules"],
  [`PUT ${ZONE_RULESETS}/phases/{ruleset_phase}/entrypoint`]: ["block visitors from a country", "redirect the old blog path to the new one", "set my cache rules", "rate limit the login page", "add a header to every response", "challenge traffic that looks like a bot"],
  [`GET ${ZONE_RULESETS}/phases/{ruleset_phase}/entrypoint/versions`]: ["history of my firewall rules", "earlier versions of my redirect rules", "list versions of my site's rules"],
  [`GET ${ZONE_RULESETS}/phases/{ruleset_phase}/entrypoint/versions/{ruleset_version}`]: ["what my rules looked like before", "one past version of a phase's rules", "compare my rules with last week's"],
  [`POST ${ZONE_RULESETS}/{ruleset_id}/rules`]: ["add one rule to block an ip range", "add a redirect rule", "append a waf custom rule", "add a rule that skips the cache for /admin"],
  [`PATCH ${ZONE_RULESETS}/{ruleset_id}/rules/{rule_id}`]: ["disable one firewall rule", "change the expression of a rule", "turn a block rule into a log rule", "move a rule higher"],
  [`DELETE ${ZONE_RULESETS}/{ruleset_id}/rules/{rule_id}`]: ["remove a rule that blocks my users", "delete one redirect rule", "drop a waf custom rule"],
  [`GET ${ZONE_RULESETS}/{ruleset_id}/versions`]: ["versions of a ruleset", "list a ruleset's versions", "change history of a ruleset"],
  [`GET ${ZONE_RULESETS}/{ruleset_id}/versions/{ruleset_version}`]: ["one earlier version of a ruleset", "rules of an older ruleset version", "what a ruleset looked like before my change"],
  [`DELETE ${ZONE_RULESETS}/{ruleset_id}/versions/{ruleset_version}`]: ["delete an old ruleset version", "remove a ruleset version", "clean up old ruleset history"],

  // Account rulesets
  [`GET ${ACCOUNT_RULESETS}`]: ["which rulesets apply across my whole account", "list account-level waf rules", "managed rulesets available to me"],
  [`POST ${ACCOUNT_RULESETS}`]: ["create a ruleset for every site in my account", "deploy one waf policy to all my domains", "new account ruleset"],
  [`GET ${ACCOUNT_RULESETS}/{ruleset_id}`]: ["show an account ruleset's rules", "what's in the cloudflare managed ruleset", "details of an account ruleset"],
  [`PUT ${ACCOUNT_RULESETS}/{ruleset_id}`]: ["replace the rules of an account ruleset", "update an account ruleset", "overwrite the rules of an account-level ruleset"],
  [`DELETE ${ACCOUNT_RULESETS}/{ruleset_id}`]: ["delete an account ruleset", "remove an account ruleset", "drop a ruleset from my account"],
  [`GET ${ACCOUNT_RULESETS}/phases/{ruleset_phase}/entrypoint`]: ["account-wide firewall rules", "ddos overrides for my account", "rules that apply to all my zones"],
  [`PUT ${ACCOUNT_RULESETS}/phases/{ruleset_phase}/entrypoint`]: ["set rules for every domain at once", "tune ddos protection sensitivity for my account", "change account-level firewall rules"],
  [`GET ${ACCOUNT_RULESETS}/phases/{ruleset_phase}/entrypoint/versions`]: ["history of account-level rules", "earlier versions of account firewall rules", "list versions of an account entry point"],
  [`GET ${ACCOUNT_RULESETS}/phases/{ruleset_phase}/entrypoint/versions/{ruleset_version}`]: ["one past version of account rules", "account firewall rules as they were before", "an old account entry point version"],
  [`POST ${ACCOUNT_RULESETS}/{ruleset_id}/rules`]: ["add a rule to an account ruleset", "add a waf rule for all my domains", "new rule in an account-level ruleset"],
  [`PATCH ${ACCOUNT_RULESETS}/{ruleset_id}/rules/{rule_id}`]: ["edit one rule of an account ruleset", "disable a rule across my account", "change an account-wide rule"],
  [`DELETE ${ACCOUNT_RULESETS}/{ruleset_id}/rules/{rule_id}`]: ["remove a rule from an account ruleset", "delete an account-wide rule", "drop a rule that applies to every zone"],
  [`GET ${ACCOUNT_RULESETS}/{ruleset_id}/versions`]: ["versions of an account ruleset", "list an account ruleset's versions", "history of an account ruleset"],
  [`GET ${ACCOUNT_RULESETS}/{ruleset_id}/versions/{ruleset_version}`]: ["one version of an account ruleset", "rules of an older account ruleset version", "an account ruleset before my change"],
  [`DELETE ${ACCOUNT_RULESETS}/{ruleset_id}/versions/{ruleset_version}`]: ["delete an account ruleset version", "remove an account ruleset version", "clean up account ruleset history"],
  [`GET ${ACCOUNT_RULESETS}/{ruleset_id}/versions/{ruleset_version}/by_tag/{rule_tag}`]: ["managed rules tagged wordpress", "rules in a ruleset with a given tag", "managed rules for a cms"],

  // IP access rules
  [`GET ${ZONE_ACCESS_RULES}`]: ["which ips have i blocked on my site", "show my ip allowlist", "is this address blocked", "list blocked countries"],
  [`POST ${ZONE_ACCESS_RULES}`]: ["block an ip address", "ban an attacker's ip from my site", "whitelist my office ip", "challenge visitors from a country", "block an asn"],
  [`PATCH ${ZONE_ACCESS_RULES}/{identifier}`]: ["change a block into a challenge for that ip", "edit the note on an ip rule", "switch an ip from blocked to allowed"],
  [`DELETE ${ZONE_ACCESS_RULES}/{identifier}`]: ["unblock an ip", "remove an ip from the blocklist", "lift the ban on an address"],
  [`GET ${ACCOUNT_ACCESS_RULES}`]: ["ips blocked across all my sites", "account-wide ip allowlist", "list account ip access rules"],
  [`POST ${ACCOUNT_ACCESS_RULES}`]: ["block an ip on every domain i have", "allow my office ip across the whole account", "ban a country on all my websites"],
  [`GET ${ACCOUNT_ACCESS_RULES}/{identifier}`]: ["details of an account ip rule", "what an account ip rule does", "one ip rule for all my sites"],
  [`PATCH ${ACCOUNT_ACCESS_RULES}/{identifier}`]: ["edit an account-wide ip rule", "allow an ip that i blocked on every site", "change the mode of an account ip rule"],
  [`DELETE ${ACCOUNT_ACCESS_RULES}/{identifier}`]: ["unblock an ip across all my sites", "remove an account ip access rule", "delete an ip block for all sites"],
  "GET /user/firewall/access_rules/rules": ["ip rules on my user that apply to all my zones", "list user ip access rules", "ips blocked on my user"],
  "POST /user/firewall/access_rules/rules": ["block an ip for every zone i own as a user", "create a user ip access rule", "whitelist an ip on my user"],
  "PATCH /user/firewall/access_rules/rules/{identifier}": ["edit a user-level ip rule", "change a user ip access rule", "switch a user ip rule to challenge"],
  "DELETE /user/firewall/access_rules/rules/{identifier}": ["remove a user-level ip rule", "delete a user ip access rule", "unblock an ip on my user"],

  // Zone lockdown and user agent blocking
  "GET /zones/{zone_identifier}/firewall/lockdowns": ["which urls are locked to certain ips", "list zone lockdown rules", "paths only some ips can reach"],
  "POST /zones/{zone_identifier}/firewall/lockdowns": ["only allow my office to reach /admin", "restrict the staging path to a few ips", "lock down wp-admin"],
  "GET /zones/{zone_identifier}/firewall/lockdowns/{id}": ["details of a lockdown rule", "which ips can reach a locked url", "one lockdown rule"],
  "PUT /zones/{zone_identifier}/firewall/lockdowns/{id}": ["add an ip to a lockdown", "change which urls are locked down", "edit a lockdown rule"],
  "DELETE /zones/{zone_identifier}/firewall/lockdowns/{id}": ["remove a lockdown rule", "open /admin to everyone again", "delete a zone lockdown"],
  "GET /zones/{zone_identifier}/firewall/ua_rules": ["which user agents are blocked", "list browser blocks", "user agents i've banned"],
  "POST /zones/{zone_identifier}/firewall/ua_rules": ["block a scraper by its user agent", "stop requests from curl", "ban a bad crawler"],
  "GET /zones/{zone_identifier}/firewall/ua_rules/{id}": ["details of a user agent rule", "one user agent blocking rule", "what a user agent rule blocks"],
  "PUT /zones/{zone_identifier}/firewall/ua_rules/{id}": ["change a user agent block", "edit a user agent blocking rule", "challenge instead of block a user agent"],
  "DELETE /zones/{zone_identifier}/firewall/ua_rules/{id}": ["allow a user agent again", "remove a user agent block", "delete a user agent rule"],

  // Lists
  [`GET ${LISTS}`]: ["which ip lists do i have", "show my saved lists of addresses", "list custom lists for rules"],
  [`POST ${LISTS}`]: ["make a list of partner ips to use in rules", "create a redirect list", "group bad ips into one list"],
  [`GET ${LISTS}/{list_id}`]: ["details of one list", "what kind of list is this", "one custom list", "how many items a list holds"],
  [`PUT ${LISTS}/{list_id}`]: ["rename a list", "change a list's description", "edit a custom list's description"],
  [`DELETE ${LISTS}/{list_id}`]: ["delete a list", "remove a custom list", "drop an ip list i no longer use"],
  [`GET ${LISTS}/{list_id}/items`]: ["what ips are in this list", "entries of a redirect list", "list items of a custom list"],
  [`POST ${LISTS}/{list_id}/items`]: ["add an ip to my list", "append redirects to a bulk redirect list", "put more addresses in an ip list"],
  [`PUT ${LISTS}/{list_id}/items`]: ["replace every entry in a list", "sync my ip list from a file", "overwrite a list's items"],
  [`DELETE ${LISTS}/{list_id}/items`]: ["remove ips from a list", "delete items from a custom list", "take an address out of an ip list"],
  "GET /accounts/{account_identifier}/rules/lists/{list_id}/items/{item_id}": ["one entry of a list", "one item in a custom list", "details of a list item"],
  "GET /accounts/{account_identifier}/rules/lists/bulk_operations/{operation_id}": ["did my list update finish", "status of a bulk list change", "is the bulk list operation done"],

  // Page rules
  "GET /zones/{zone_id}/pagerules": ["which page rules do i have", "show my old forwarding rules", "list page rules"],
  "POST /zones/{zone_id}/pagerules": ["forward one url to another", "cache everything on a path", "redirect www to the bare domain with a page rule", "create a page rule"],
  "GET /zones/{zone_id}/pagerules/{pagerule_id}": ["details of one page rule", "what this page rule does", "details of a page rule"],
  "PATCH /zones/{zone_id}/pagerules/{pagerule_id}": ["turn off a page rule", "change a page rule's priority", "edit a page rule"],
  "PUT /zones/{zone_id}/pagerules/{pagerule_id}": ["replace a page rule's actions", "update a page rule", "rewrite a forwarding page rule"],
  "DELETE /zones/{zone_id}/pagerules/{pagerule_id}": ["delete a page rule", "remove an old forwarding url", "drop a page rule"],
  "GET /zones/{zone_id}/pagerules/settings": ["what can a page rule do", "available page rule actions", "which settings can page rules change"],

  // Bots, Turnstile, Page Shield
  "GET /zones/{zone_id}/bot_management": ["is bot fight mode on", "how is my site handling bots", "show bot protection settings"],
  "PUT /zones/{zone_id}/bot_management": ["stop bots scraping my site", "turn on bot fight mode", "block ai crawlers", "challenge automated traffic"],
  "GET /accounts/{account_id}/challenges/widgets": ["which turnstile widgets do i have", "list my captcha widgets", "site keys for my forms"],
  "POST /accounts/{account_id}/challenges/widgets": ["add a captcha to my signup form", "stop bots submitting my contact form", "get a turnstile site key", "replace recaptcha"],
  "GET /accounts/{account_id}/challenges/widgets/{sitekey}": ["details of a turnstile widget", "which domains can use this site key", "secret key of my turnstile widget"],
  "PUT /accounts/{account_id}/challenges/widgets/{sitekey}": ["allow another domain for my captcha", "make the turnstile widget invisible", "edit a turnstile widget"],
  "DELETE /accounts/{account_id}/challenges/widgets/{sitekey}": ["delete a turnstile widget", "remove a captcha widget", "drop a turnstile site key"],
  "POST /accounts/{account_id}/challenges/widgets/{sitekey}/rotate_secret": ["my turnstile secret leaked", "rotate the captcha secret key", "new secret for turnstile"],
  "GET /zones/{zone_id}/page_shield": ["is page shield on", "am i monitoring scripts on my pages"],
  "PUT /zones/{zone_id}/page_shield": ["watch for malicious javascript on my checkout", "turn on page shield"],
  "GET /zones/{zone_id}/page_shield/scripts": ["which third-party scripts load on my site", "javascript running in my visitors' browsers"],
  "GET /zones/{zone_id}/page_shield/scripts/{script_id}": ["details of one script page shield found", "is this javascript on my site malicious", "where a third-party script was seen"],
  "GET /zones/{zone_id}/page_shield/connections": ["which domains do my pages send data to", "outbound connections from browsers on my site"],
  "GET /zones/{zone_id}/page_shield/connections/{connection_id}": ["details of one connection page shield saw", "one outbound connection from my pages"],
  "GET /zones/{zone_id}/page_shield/cookies": ["which cookies does my site set", "cookies seen on my pages"],
  "GET /zones/{zone_id}/page_shield/cookies/{cookie_id}": ["details of a cookie page shield saw", "one cookie seen on my site"],
  "GET /zones/{zone_id}/page_shield/policies": ["which content security policies do i enforce", "list page shield policies"],
  "POST /zones/{zone_id}/page_shield/policies": ["only allow scripts from my own domain", "add a content security policy"],
  "GET /zones/{zone_id}/page_shield/policies/{policy_id}": ["details of a page shield policy", "what a page shield policy allows"],
  "PUT /zones/{zone_id}/page_shield/policies/{policy_id}": ["change a content security policy", "edit a page shield policy"],
  "DELETE /zones/{zone_id}/page_shield/policies/{policy_id}": ["remove a page shield policy", "stop enforcing a content security policy"],

  // API Shield
  "GET /zones/{zone_id}/api_gateway/operations": ["which api endpoints are protected", "list my saved api operations"],
  "POST /zones/{zone_id}/api_gateway/operations": ["register my api endpoints for protection", "add api operations to api shield"],
  "GET /zones/{zone_id}/api_gateway/operations/{operation_id}": ["details of one protected api endpoint", "one api operation in api shield"],
  "DELETE /zones/{zone_id}/api_gateway/operations/{operation_id}": ["stop tracking an api endpoint", "remove an api operation from api shield"],
  "DELETE /zones/{zone_id}/api_gateway/operations": ["remove several api operations", "delete api operations in bulk"],
  "GET /zones/{zone_id}/api_gateway/discovery/operations": ["which api endpoints did cloudflare discover", "find undocumented api routes on my site", "shadow apis"],
  "GET /zones/{zone_id}/api_gateway/discovery": ["discovered api endpoints as an openapi file", "download discovered endpoints as a schema"],
  "PATCH /zones/{zone_id}/api_gateway/discovery/operations": ["accept or ignore discovered api endpoints", "mark discovered api endpoints as reviewed"],
  "PATCH /zones/{zone_id}/api_gateway/discovery/operations/{operation_id}": ["ignore one discovered endpoint", "accept one discovered api endpoint"],
  "GET /zones/{zone_id}/api_gateway/user_schemas": ["which openapi schemas did i upload", "list api schemas"],
  "POST /zones/{zone_id}/api_gateway/user_schemas": ["upload my openapi schema to validate requests", "reject api requests that don't match my spec"],
  "GET /zones/{zone_id}/api_gateway/user_schemas/{schema_id}": ["details of an uploaded api schema", "is validation on for this schema"],
  "PATCH /zones/{zone_id}/api_gateway/user_schemas/{schema_id}": ["turn on validation for a schema", "start validating requests against my schema"],
  "DELETE /zones/{zone_id}/api_gateway/user_schemas/{schema_id}": ["delete an api schema", "remove an openapi schema from api shield"],
  "GET /zones/{zone_id}/api_gateway/user_schemas/{schema_id}/operations": ["endpoints defined in an uploaded schema", "operations in my uploaded openapi file"],
  "GET /zones/{zone_id}/api_gateway/settings/schema_validation": ["what happens to requests that fail schema validation", "schema validation settings of my zone"],
  "PUT /zones/{zone_id}/api_gateway/settings/schema_validation": ["block requests that fail schema validation", "log api requests that break my schema"],
  "PATCH /zones/{zone_id}/api_gateway/settings/schema_validation": ["change the default schema validation action", "edit zone schema validation settings"],
  "GET /zones/{zone_id}/api_gateway/configuration": ["which header identifies api sessions", "api shield session identifier"],
  "PUT /zones/{zone_id}/api_gateway/configuration": ["use the authorization header to track api clients", "set the api session identifier"],
  "GET /zones/{zone_id}/api_gateway/schemas": ["export my api operations as openapi", "openapi file of my protected endpoints"],

  // Custom error pages
  "GET /zones/{zone_identifier}/custom_pages": ["which error pages have i customized", "show my branded error pages", "list custom error pages"],
  "GET /zones/{zone_identifier}/custom_pages/{identifier}": ["what my 500 error page looks like", "details of one custom error page", "is my custom block page active"],
  "PUT /zones/{zone_identifier}/custom_pages/{identifier}": ["use my own page for 5xx errors", "brand the block page", "show a maintenance page when my origin is down"],
  "GET /accounts/{account_identifier}/custom_pages": ["custom error pages for all my sites", "list account custom error pages", "branded pages across my account"],
  "GET /accounts/{account_identifier}/custom_pages/{identifier}": ["one account-level error page", "details of an account custom page", "account error page url"],
  "PUT /accounts/{account_identifier}/custom_pages/{identifier}": ["brand the error pages of every domain", "set an account-wide custom error page", "use my own challenge page for all domains"],
};
