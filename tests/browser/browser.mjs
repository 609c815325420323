// The built sites in a real browser (Debian's Chromium through playwright-core), as a reader
// would open them: served over HTTP on 127.0.0.1 and straight from disk (file://).
//
// For every site given:
//  - every HTML page loads without a console error, page error, failed request or dialog, with
//    the Content-Security-Policy of the layout in force; no script planted in the content ran
//    (hostile fixtures set window.__pwned, change the title to "PWNED" or open a dialog), and the
//    live DOM has no on*="" handler and no javascript: link, after the site's own scripts ran;
//  - the index, then the search page from the header's search form: the search finds the article
//    whose title is searched (taken from the site's data/articles.json), over HTTP and file://;
//  - axe-core reports no serious or critical violation on the index, an article, an entity page,
//    figures, timeline and search (an entity page must exist in at least one of the sites);
//  - screenshots of those pages under the --shots folder.
//
// Usage: node tests/browser/browser.mjs --shots DIR SITE_DIR...   exit 0 when every check passes.
import { chromium } from "playwright-core";
import { readFileSync, readdirSync, existsSync, mkdirSync } from "node:fs";
import { join, resolve, basename, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { serve } from "./server.mjs";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const PWNED_TITLE = "PWNED";

const args = process.argv.slice(2);
let shots = "target/screenshots";
const sites = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--shots") shots = args[++i];
  else sites.push(args[i]);
}
if (sites.length === 0) {
  console.error("usage: node tests/browser/browser.mjs --shots DIR SITE_DIR...");
  process.exit(2);
}

const failures = [];
let checks = 0;
function check(ok, what) {
  checks++;
  if (!ok) failures.push(what);
  return ok;
}

function htmlPages(root, dir = root, out = []) {
  for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, name.name);
    if (name.isDirectory() && name.name !== ".sitrep") htmlPages(root, path, out);
    else if (name.name.endsWith(".html")) out.push(relative(root, path).split(sep).join("/"));
  }
  return out;
}

/** Opens a page and records everything that went wrong while it loaded and ran. */
async function visit(context, url, label) {
  const page = await context.newPage();
  const trouble = [];
  page.on("console", (m) => { if (m.type() === "error") trouble.push("console error: " + m.text()); });
  page.on("pageerror", (e) => trouble.push("page error: " + e.message));
  page.on("requestfailed", (r) => {
    const why = r.failure()?.errorText || "";
    // ERR_ABORTED is a request the page cancelled by navigating on (the favicon while the search
    // form submits); a missing file is an HTTP 404 or ERR_FILE_NOT_FOUND and still fails
    if (why !== "net::ERR_ABORTED") trouble.push("request failed: " + r.url() + " " + why);
  });
  page.on("response", (r) => { if (r.status() >= 400) trouble.push("HTTP " + r.status() + ": " + r.url()); });
  page.on("dialog", async (d) => { trouble.push("dialog opened (a script ran): " + d.message()); await d.dismiss(); });
  await page.goto(url, { waitUntil: "load" });
  return { page, trouble, label };
}

/** What a planted script would leave behind, read from the live DOM. */
async function tamperSigns(page) {
  return page.evaluate((pwnedTitle) => {
    const signs = [];
    if (window.__pwned !== undefined) signs.push("window.__pwned is set");
    if (document.title === pwnedTitle) signs.push("the title was changed by a script");
    for (const el of document.querySelectorAll("*")) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) signs.push(`<${el.localName} ${a.name}> handler in the DOM`);
      }
    }
    for (const a of document.querySelectorAll("a[href], area[href], iframe, object, embed")) {
      const href = (a.getAttribute("href") || "").trim().toLowerCase();
      if (href.startsWith("javascript:") || href.startsWith("data:")) signs.push("script link " + href.slice(0, 60));
      if (a.localName !== "a" && a.localName !== "area") signs.push(`<${a.localName}> in the page`);
    }
    return signs;
  }, PWNED_TITLE);
}

function articleToSearch(root) {
  const file = join(root, "data", "articles.json");
  if (!existsSync(file)) return null;
  const articles = JSON.parse(readFileSync(file, "utf8"));
  return articles.find((a) => a.title.trim().split(/\s+/).length >= 2) || articles[0] || null;
}

/** The path of the base URL ("/idlib-2020/") that 404.html's stylesheet link starts with, or null. */
function rootPrefixOf404(root) {
  const file = join(root, "404.html");
  if (!existsSync(file)) return null;
  const m = readFileSync(file, "utf8").match(/<link rel="stylesheet" href="(\/[^"]*)style\.css"/);
  return m ? m[1] : null;
}

function entityPage(root) {
  for (const kind of ["people", "places", "organizations"]) {
    const dir = join(root, kind);
    if (!existsSync(dir)) continue;
    const page = readdirSync(dir).sort().find((n) => n.endsWith(".html") && n !== "index.html");
    if (page) return `${kind}/${page}`;
  }
  return null;
}

async function runAxe(context, url, name, shotDir) {
  const { page, trouble } = await visit(context, url, name);
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
  await page.screenshot({ path: join(shotDir, name.replace(/[^a-z0-9-]+/gi, "_") + ".png"), fullPage: true });
  await page.close();
  const bad = result.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of result.filter((x) => !bad.includes(x))) {
    console.log(`    axe ${v.impact}: ${v.id} (${v.help}) on ${name}`);
  }
  check(bad.length === 0, `axe on ${name}: ` + bad.map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(", ")}`).join("; "));
  check(trouble.length === 0, `${name} (axe pass): ${trouble.join("; ")}`);
  return bad.length;
}

/** Header search form on the index → search page → the article is among the results. */
async function searchFinds(context, base, article, mode) {
  const query = article.title;
  const { page, trouble } = await visit(context, base + "index.html", "index");
  await page.fill("#site-q", query);
  await Promise.all([page.waitForURL(/search\.html/), page.press("#site-q", "Enter")]);
  await page.waitForSelector("#search-results li a", { timeout: 5000 }).catch(() => {});
  const hrefs = await page.$$eval("#search-results li a", (as) => as.map((a) => a.getAttribute("href")));
  const status = await page.textContent("#search-status");
  check(hrefs.includes(article.path), `search (${mode}) for "${query}": ${article.path} not in [${hrefs.slice(0, 5).join(", ")}], status "${status}"`);
  const signs = await tamperSigns(page);
  check(trouble.length === 0 && signs.length === 0, `search page (${mode}): ${trouble.concat(signs).join("; ")}`);
  await page.close();
  return { query, found: hrefs.includes(article.path), results: hrefs.length };
}

async function checkSite(browser, siteDir) {
  const root = resolve(siteDir);
  const name = basename(root);
  const shotDir = join(shots, name);
  mkdirSync(shotDir, { recursive: true });
  const prefix = rootPrefixOf404(root);
  const server = await serve(root, prefix);
  const fileBase = pathToFileURL(root).href + "/";
  const summary = { site: siteDir, pages: 0, entity: null };
  try {
    // 1. every page, CSP in force, over HTTP; the index also from file://
    const strict = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const pages = htmlPages(root);
    summary.pages = pages.length;
    for (const p of pages) {
      // a host serves 404.html for any missing address, so its links are root-relative from the base URL
      const url = p === "404.html" && prefix ? server.url + prefix.slice(1) + "404.html" : server.url + p;
      const { page, trouble } = await visit(strict, url, p);
      const signs = await tamperSigns(page);
      check(trouble.length === 0, `${name}/${p} over HTTP: ${trouble.join("; ")}`);
      check(signs.length === 0, `${name}/${p}: ${signs.join("; ")}`);
      await page.close();
    }
    for (const p of ["index.html", "search.html"]) {
      const { page, trouble } = await visit(strict, fileBase + p, p);
      const signs = await tamperSigns(page);
      check(trouble.length === 0 && signs.length === 0, `${name}/${p} from file://: ${trouble.concat(signs).join("; ")}`);
      await page.screenshot({ path: join(shotDir, p.replace(".html", "") + "-file.png"), fullPage: true });
      await page.close();
    }

    // 2. search, over HTTP and from file://, starting from the header form of the index
    const article = articleToSearch(root);
    if (check(article !== null, `${name}: no data/articles.json with an article to search for`)) {
      summary.search = await searchFinds(strict, server.url, article, "HTTP");
      await searchFinds(strict, fileBase, article, "file://");
    }
    await strict.close();

    // 3. axe-core. Injecting it is an inline script, which the site's own CSP rightly refuses:
    // this context bypasses CSP for the audit only (the checks above ran with CSP in force).
    const audit = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const targets = ["index.html", "figures.html", "timeline.html"];
    if (article) targets.push(article.path);
    summary.entity = entityPage(root);
    if (summary.entity) targets.push(summary.entity);
    let serious = 0;
    for (const t of targets) {
      check(existsSync(join(root, t)), `${name}: ${t} missing`);
      if (existsSync(join(root, t))) serious += await runAxe(audit, server.url + t, `${name}/${t}`, shotDir);
    }
    if (article) {
      serious += await runAxe(audit, server.url + "search.html?q=" + encodeURIComponent(article.title),
        `${name}/search.html`, shotDir);
    }
    summary.axePages = targets.length + (article ? 1 : 0);
    summary.serious = serious;
    await audit.close();
  } finally {
    await server.close();
  }
  return summary;
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
const summaries = [];
try {
  for (const site of sites) summaries.push(await checkSite(browser, site));
} finally {
  await browser.close();
}
check(summaries.some((s) => s.entity !== null), "no site has an entity page to audit");
for (const s of summaries) {
  console.log(`browser: ${s.site}: ${s.pages} pages loaded over HTTP with CSP, search "${s.search?.query}" → ${s.search?.results} results`
    + `, axe on ${s.axePages} pages (entity page: ${s.entity || "none"}): ${s.serious} serious/critical`);
}
for (const f of failures) console.log("  FAIL " + f);
console.log(`browser: ${checks - failures.length} of ${checks} checks passed; screenshots in ${shots}`);
process.exit(failures.length === 0 ? 0 : 1);
