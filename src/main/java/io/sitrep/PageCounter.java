package io.sitrep;

import io.sitrep.publish.SiteOutput;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the HTML pages a render writes, one progress step per file. */
final class PageCounter implements SiteOutput {
    private final SiteOutput target;
    private final SiteBuild.Listener listener;
    private final AtomicInteger pages = new AtomicInteger();

    PageCounter(SiteOutput target, SiteBuild.Listener listener) {
        this.target = target;
        this.listener = listener;
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        target.write(path, content);
        counted(path);
    }

    @Override
    public void write(String path, SiteOutput.Content content) throws IOException {
        target.write(path, content);
        counted(path);
    }

    @Override
    public boolean reuse(String path, String key) throws IOException {
        boolean kept = target.reuse(path, key);
        if (kept) {
            counted(path);
        }
        return kept;
    }

    private void counted(String path) {
        if (path.endsWith(".html")) {
            pages.incrementAndGet();
        }
        listener.advanced();
    }

    int pages() {
        return pages.get();
    }
}
