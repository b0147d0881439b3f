package com.safeward.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;

/**
 * One open event stream of {@link SseFanOut}: written only by its writer thread once registered.
 * While {@code held} is set the client is catching up and frames wait there; {@code lastSentId}
 * keeps a frame with an id from going out twice.
 */
final class SseConnection<K> {

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final K key;
    private final SseWriter<K> writer;
    List<SseWriter.Frame<K>> held;
    long lastSentId;

    SseConnection(AsyncContext async, ServletOutputStream out, K key, SseWriter<K> writer, boolean catchingUp) {
        this.async = async;
        this.out = out;
        this.key = key;
        this.writer = writer;
        this.held = catchingUp ? new ArrayList<>() : null;
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
