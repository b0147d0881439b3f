package com.safeward;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An event-stream client as an integrator would write one: reads frames ({@code id}, {@code event},
 * {@code data}) on a thread of its own; {@link #close()} drops the connection at once, as a lost
 * network would.
 */
public final class SseClient implements AutoCloseable {

    /** One frame: its id (null when it has none), event name and data. */
    public record Frame(String id, String event, String data) {
    }

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final Thread reader;

    /** Opens {@code url} with the bearer token, and {@code Last-Event-ID} when {@code lastEventId} is given. */
    public SseClient(HttpClient http, String url, String bearer, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    public int status() {
        return response.statusCode();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String event = "message";
            StringBuilder data = new StringBuilder();
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        frames.add(new Frame(id, event, data.toString()));
                    }
                    id = null;
                    event = "message";
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3);
                } else if (line.startsWith("event:")) {
                    event = line.substring(6);
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5));
                }
            }
        } catch (IOException closed) {
            // dropped by close(), or the server ended the stream
        }
    }

    /** The next frame that matches, within the timeout (frames before it are consumed); null if none came. */
    public Frame next(Predicate<Frame> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Frame frame = frames.poll(left, TimeUnit.NANOSECONDS);
            if (frame != null && matching.test(frame)) {
                return frame;
            }
        }
        return null;
    }

    /** Every frame that matches until {@code count} have come or the timeout passed. */
    public List<Frame> collect(Predicate<Frame> matching, int count, Duration timeout) throws InterruptedException {
        List<Frame> collected = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (collected.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            Frame frame = frames.poll(left, TimeUnit.NANOSECONDS);
            if (frame != null && matching.test(frame)) {
                collected.add(frame);
            }
        }
        return collected;
    }

    @Override
    public void close() throws IOException {
        response.body().close();
        reader.interrupt();
    }
}
