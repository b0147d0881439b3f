package com.safeward.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;

/**
 * One open event stream of {@link SseFanOut}: written only by its writer thread once registered.
 * While {@code held} is set the client is catching up and frames wait there; {@code lastSentId}
 * keeps a frame with an id from going out twice. Its key is the one instance every open connection
 * with an equal key shares (see {@link SseFanOut}), so writers group connections by identity.
 */
final class SseConnection<K> {

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final K key;
    private final SseWriter<K> writer;
    private final java.util.function.Consumer<SseConnection<K>> left;
    private final jakarta.servlet.ServletRequest request;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    List<SseWriter.Frame<K>> held;
    long lastSentId;

    SseConnection(AsyncContext async, ServletOutputStream out, K key, SseWriter<K> writer, boolean catchingUp,
            java.util.function.Consumer<SseConnection<K>> left) {
        this.async = async;
        this.out = out;
        this.key = key;
        this.writer = writer;
        this.held = catchingUp ? new ArrayList<>() : null;
        this.left = left;
        this.request = async.getRequest();
    }

    /**
     * Ends this stream, once: leaves the open streams and completes its response. After that its
     * async context is never touched again (the container may already use it for another request).
     */
    void close() {
        if (closed.compareAndSet(false, true)) {
            left.accept(this);
            try {
                // Tomcat hands a finished request's async context to a later request: complete it only
                // while it is still this stream's (a stale close ended a console's new stream).
                if (async.getRequest() == request) {
                    async.complete();
                }
            } catch (IllegalStateException alreadyDone) {
                // the container ended it first (client gone, server stopping)
            }
        }
    }

    /** The container ended the response: only forget it. */
    void ended() {
        if (closed.compareAndSet(false, true)) {
            left.accept(this);
        }
    }

    boolean isOpen() {
        return !closed.get();
    }

    AsyncContext async() {
        return async;
    }

    ServletOutputStream out() {
        return out;
    }

    K key() {
        return key;
    }

    SseWriter<K> writer() {
        return writer;
    }
}
