// A tiny static file server for one built site, on 127.0.0.1 only and on a free port, so the
// browser test sees the site the way a static host serves it. Hand-written (a few lines of
// node:http) rather than a dependency: it serves files, nothing else.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { resolve, extname, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".pdf": "application/pdf",
};

/**
 * Starts serving {@code dir} at "/" and also under {@code prefix} (the path of the site's base
 * URL, which the 404 page's root-relative links use); resolves to { url, close() }.
 */
export async function serve(dir, prefix = null) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
      if (prefix && path.startsWith(prefix)) path = "/" + path.slice(prefix.length);
      if (path.endsWith("/")) path += "index.html";
      const file = resolve(root, "." + path);
      if (file !== root && !file.startsWith(root + sep)) throw new Error("outside the site");
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
      res.end(await readFile(file));
    } catch (e) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
