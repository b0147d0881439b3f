package com.safeward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The fan-out behind the live alarm stream (TEC-7, INC-1): each console gets the frames its key
 * may see, in order and once, however its neighbours come and go.
 */
class SseFanOutTests {

    /** A console's scope: the hospitals it sees (equal scopes share one key instance inside the fan-out). */
    private record Scope(Set<Long> hospitals) {
    }

    private final SseFanOut<Scope> fanOut = new SseFanOut<>("test-stream", Duration.ofMillis(20));

    @AfterEach
    void stop() {
        fanOut.stop();
        fanOut.destroy();
    }

    @Test
    void aConsoleKeepsReceivingWhenAnotherWithTheSameScopeLeavesAndAThirdArrives() throws Exception {
        Stream first = open(new Scope(Set.of(1L, 2L)));
        Stream second = open(new Scope(Set.of(1L, 2L)));
        Stream other = open(new Scope(Set.of(3L)));
        send(1, 1L);
        await().atMost(Duration.ofSeconds(5)).until(() -> first.ids().size() == 1 && second.ids().size() == 1);

        first.endedByTheContainer();
        send(2, 2L);
        send(3, 3L);
        await().atMost(Duration.ofSeconds(5)).until(() -> second.ids().size() == 2 && other.ids().size() == 1);
        second.endedByTheContainer();

        Stream later = open(new Scope(Set.of(2L, 1L)));
        send(4, 1L);
        await().atMost(Duration.ofSeconds(5)).until(() -> later.ids().size() == 1);
        assertThat(first.ids()).containsExactly("1");
        assertThat(second.ids()).containsExactly("1", "2");
        assertThat(other.ids()).containsExactly("3");
        assertThat(later.ids()).containsExactly("4");
        assertThat(fanOut.connected(scope -> true)).containsExactlyInAnyOrder(new Scope(Set.of(3L)), new Scope(Set.of(1L, 2L)));
        assertThat(fanOut.keysInUse()).isEqualTo(2);
        later.endedByTheContainer();
        other.endedByTheContainer();
        assertThat(fanOut.keysInUse()).isZero();
    }

    @Test
    void aBurstArrivesCompleteAndInOrderAtEveryConsoleOfItsScope() throws Exception {
        List<Stream> consoles = List.of(open(new Scope(Set.of(7L))), open(new Scope(Set.of(7L))), open(new Scope(Set.of(7L, 8L))));
        Stream elsewhere = open(new Scope(Set.of(8L)));
        for (int id = 1; id <= 500; id++) {
            send(id, 7L);
        }
        List<String> expected = java.util.stream.IntStream.rangeClosed(1, 500).mapToObj(String::valueOf).toList();
        for (Stream console : consoles) {
            await().atMost(Duration.ofSeconds(10)).until(() -> console.ids().size() == 500);
            assertThat(console.ids()).isEqualTo(expected);
        }
        assertThat(elsewhere.ids()).isEmpty();
    }

    private void send(long id, long hospital) {
        fanOut.broadcast(scope -> scope.hospitals().contains(hospital), id,
                SseFanOut.frame("alarm", String.valueOf(id), "{\"hospitalId\":" + hospital + "}"));
    }

    private Stream open(Scope scope) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/alarms/stream");
        request.setAsyncSupported(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        fanOut.subscribe(scope, request, response);
        return new Stream(request, response);
    }

    /** One open stream as the client reads it. */
    private record Stream(MockHttpServletRequest request, MockHttpServletResponse response) {

        List<String> ids() {
            String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> line.startsWith("id:")).map(line -> line.substring(3)).toList();
        }

        /** The container ends the response (the client went away). */
        void endedByTheContainer() {
            request.getAsyncContext().complete();
        }
    }
}
