package io.sitrep.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them with the JDK's {@link WatchService} (inotify on
 * Linux: no extra library), registering folders created later. {@link #awaitChange} returns
 * once a burst of events is over, so that an editor saving several files causes one rebuild.
 */
final class FolderWatcher implements AutoCloseable {

    private final WatchService service;

    FolderWatcher(List<Path> roots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            registerTree(root);
        }
    }

    private void registerTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    /**
     * Waits for a change, then for {@code quietMillis} without another one.
     *
     * @return false when the watcher was closed
     */
    boolean awaitChange(long quietMillis) throws InterruptedException {
        try {
            WatchKey key = service.take();
            do {
                handle(key);
                key = service.poll(quietMillis, TimeUnit.MILLISECONDS);
            } while (key != null);
            return true;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                try {
                    registerTree(dir.resolve(name));
                } catch (IOException e) {
                    // gone again, or unreadable: the build reports it
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
