package io.github.zirules.policy;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and every folder under them) and runs an action once changes have been quiet for the debounce
 * time, on a daemon thread of its own, so that an editor saving several files triggers one reload, not several.
 */
final class FolderWatcher implements AutoCloseable {

    private final List<Path> roots;
    private final long debounceNanos;
    private final Runnable action;
    private final WatchService service;
    private final Set<Path> registered = new HashSet<>();
    private final Thread thread;

    FolderWatcher(List<Path> roots, Duration debounce, Runnable action) throws IOException {
        this.roots = List.copyOf(roots);
        this.debounceNanos = debounce.toNanos();
        this.action = action;
        this.service = FileSystems.getDefault().newWatchService();
        registerAll();
        this.thread = new Thread(this::loop, "zi-rules-reload-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerAll() throws IOException {
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                for (Path d : s.filter(Files::isDirectory).toList()) {
                    if (registered.add(d.toAbsolutePath())) {
                        d.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                    }
                }
            }
        }
    }

    private void loop() {
        boolean pending = false;
        long last = 0;
        try {
            while (true) {
                WatchKey key;
                if (pending) {
                    long wait = debounceNanos - (System.nanoTime() - last);
                    key = wait > 0 ? service.poll(wait, TimeUnit.NANOSECONDS) : null;
                } else {
                    key = service.take();
                }
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                    pending = true;
                    last = System.nanoTime();
                    registerQuietly();
                } else if (pending) {
                    pending = false;
                    runQuietly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Watches new folders; one that vanished while being walked is simply not watched. */
    private void registerQuietly() {
        try {
            registerAll();
        } catch (IOException | RuntimeException e) {
            // a folder deleted or unreadable while walking: the next change registers again
        }
    }

    /**
     * Runs the action, whatever it throws: an error of one reload (out of stack or memory included) must never end
     * the watching, or no later change would be applied.
     */
    private void runQuietly() {
        try {
            action.run();
        } catch (Throwable t) {
            // reported by the action itself where it can be; the watching goes on
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
