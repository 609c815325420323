// Link check over built sites, from the built folder: every internal href/src resolves to a
// file of the site and every #fragment to an id on the target page; no page loads anything
// from another host (the site must work offline); no javascript:/data: links in <a>; no
// duplicate ids; and, for the Content-Security-Policy, no inline <script>, <style> or style=""
// and no on*="" handler anywhere (inline SVG included).
//
// Hand-written over parse5 (a spec-compliant HTML parser) because linkinator 8 needs Node 22
// and linkinator 7 does not check fragments against ids.
//
// Usage: node tests/browser/links.mjs SITE_DIR...   exit 0 when every site is clean.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative, dirname, resolve, sep } from "node:path";
import { parse } from "parse5";

const EXTERNAL = /^(https?:|mailto:)/i;
const idCache = new Map();

function walkFiles(dir, root, out) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (relative(root, path) === ".sitrep") continue; // sitrep's bookkeeping, not part of the site
    if (statSync(path).isDirectory()) walkFiles(path, root, out);
    else if (name.endsWith(".html")) out.push(path);
  }
  return out;
}

function* elements(node) {
  for (const child of node.childNodes || []) {
    if (child.tagName) yield child;
    yield* elements(child.tagName === "template" ? child.content : child);
  }
}

function attr(el, name) {
  const a = el.attrs.find((x) => x.name === name);
  return a ? a.value : null;
}

function parsePage(path) {
  return parse(readFileSync(path, "utf8"));
}

function idsOf(path) {
  if (!idCache.has(path)) {
    const ids = new Set();
    for (const el of elements(parsePage(path))) {
      const id = attr(el, "id");
      if (id !== null) ids.add(id);
      if (el.tagName === "a" && attr(el, "name") !== null) ids.add(attr(el, "name"));
    }
    idCache.set(path, ids);
  }
  return idCache.get(path);
}

/** The 404 page may link root-relative ("/sub/style.css"): its stylesheet link gives the prefix. */
function rootPrefixOf404(doc) {
  for (const el of elements(doc)) {
    if (el.tagName === "link" && attr(el, "rel") === "stylesheet") {
      const href = attr(el, "href") || "";
      return href.startsWith("/") ? href.slice(0, href.length - "style.css".length) : null;
    }
  }
  return null;
}

function checkLink(root, page, link, rootPrefix) {
  if (link === "") return "empty link";
  if (EXTERNAL.test(link)) return null;
  if (/^\s*(javascript|data|vbscript):/i.test(link)) return "script or data link";
  let url;
  try {
    url = new URL(link, "http://site.invalid/" + relative(root, page).split(sep).join("/"));
  } catch (e) {
    return "not a URL";
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith("//")) return "unexpected scheme or host";
  let target;
  const path = decodeURIComponent(link.split(/[?#]/)[0]);
  if (path === "") {
    target = page;
  } else if (path.startsWith("/")) {
    if (rootPrefix === null || !path.startsWith(rootPrefix)) return "absolute path: links must be relative";
    target = resolve(root, path.slice(rootPrefix.length));
  } else {
    target = resolve(dirname(page), path);
  }
  if (target !== root && !target.startsWith(root + sep)) return "leaves the site";
  if (!existsSync(target) || !statSync(target).isFile()) return "no such file " + relative(root, target);
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : "";
  if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment)) {
    return "no id " + fragment + " in " + relative(root, target);
  }
  return null;
}

export function checkSite(siteDir) {
  const root = resolve(siteDir);
  const problems = [];
  const pages = walkFiles(root, root, []);
  let links = 0;
  for (const page of pages) {
    const name = relative(root, page);
    const doc = parsePage(page);
    const rootPrefix = name === "404.html" ? rootPrefixOf404(doc) : null;
    const seen = new Set();
    for (const el of elements(doc)) {
      const id = attr(el, "id");
      if (id !== null) {
        if (seen.has(id)) problems.push(`${name}: duplicate id ${id}`);
        seen.add(id);
      }
      if (el.tagName === "script" && attr(el, "src") === null) problems.push(`${name}: inline <script>`);
      if (el.tagName === "style") problems.push(`${name}: inline <style>`);
      for (const a of el.attrs) {
        if (a.name === "style") problems.push(`${name}: style="" on <${el.tagName}>`);
        if (/^on/i.test(a.name)) problems.push(`${name}: event handler ${a.name}="" on <${el.tagName}>`);
      }
      for (const key of ["href", "src", "xlink:href"]) {
        const link = attr(el, key);
        if (link === null) continue;
        links++;
        const problem = checkLink(root, page, link.trim(), rootPrefix);
        if (problem) problems.push(`${name}: <${el.tagName} ${key}="${link}"> ${problem}`);
        const resource = el.tagName !== "a" && el.tagName !== "area";
        if (resource && /^(https?:)?\/\//i.test(link)) problems.push(`${name}: external resource ${link}`);
      }
    }
  }
  return { pages: pages.length, links, problems };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const sites = process.argv.slice(2);
  if (sites.length === 0) {
    console.error("usage: node tests/browser/links.mjs SITE_DIR...");
    process.exit(2);
  }
  let failed = 0;
  for (const site of sites) {
    const { pages, links, problems } = checkSite(site);
    if (pages === 0) {
      console.log(`links: ${site}: no HTML pages`);
      failed++;
      continue;
    }
    console.log(`links: ${site}: ${pages} pages, ${links} links, ${problems.length} problems`);
    for (const p of problems.slice(0, 200)) console.log("  " + p);
    if (problems.length > 0) failed++;
  }
  process.exit(failed === 0 ? 0 : 1);
}
