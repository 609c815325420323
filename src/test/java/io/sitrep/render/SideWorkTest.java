package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SideWorkTest {

    @Test
    void runsTasksAtOnceAndFinishesWhenAllAreDone() throws Exception {
        List<String> done = new CopyOnWriteArrayList<>();
        CountDownLatch both = new CountDownLatch(2);
        try (SideWork side = new SideWork("test", 2)) {
            for (String name : List.of("a", "b")) {
                side.start(() -> {
                    both.countDown();
                    try {
                        // each waits for the other: passes only if they run at the same time
                        if (!both.await(10, TimeUnit.SECONDS)) {
                            throw new IOException("not run at once");
                        }
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                    done.add(name);
                });
            }
            side.finish();
        }
        assertThat(done).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void theFirstFailureInTheOrderStartedIsThrownAfterEveryTaskEnded() {
        List<String> done = new CopyOnWriteArrayList<>();
        try (SideWork side = new SideWork("test", 1)) {
            side.start(() -> done.add("first"));
            side.start(() -> {
                throw new IOException("disk full");
            });
            side.start(() -> {
                throw new IllegalStateException("later");
            });
            side.start(() -> done.add("last"));
            assertThatThrownBy(side::finish).isInstanceOf(IOException.class).hasMessage("disk full");
        }
        assertThat(done).containsExactly("first", "last");
    }

    @Test
    void aRenderFailureComesBackAsItIs() {
        try (SideWork side = new SideWork("test", 1)) {
            RenderException failure = new RenderException("feed.ftlx", 3, 4, "bad", null);
            side.start(() -> {
                throw failure;
            });
            assertThatThrownBy(side::finish).isSameAs(failure);
        }
    }

    @Test
    void abandonWaitsForEveryTaskAndSwallowsTheirFailures() {
        List<String> done = new CopyOnWriteArrayList<>();
        try (SideWork side = new SideWork("test", 1)) {
            side.start(() -> {
                throw new IOException("ignored");
            });
            side.start(() -> done.add("ran to the end"));
            side.abandon();
            assertThat(done).containsExactly("ran to the end");
        }
    }
}
