package io.sitrep.charts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the most recently used drawings in memory, for {@code serve}, which rebuilds in the
 * same process. Bounded, least recently used dropped first.
 */
public final class MemoryChartCache implements ChartCache {

    private final Map<String, Drawing> drawings;

    public MemoryChartCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.drawings = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Drawing> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized Optional<Drawing> find(String hash) {
        return Optional.ofNullable(drawings.get(hash));
    }

    @Override
    public synchronized void store(String hash, Drawing drawing) {
        drawings.put(hash, drawing);
    }

    public synchronized int size() {
        return drawings.size();
    }
}
