package org.dictum.bench.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    private final List<Integer> sent = new ArrayList<>();

    @Test
    void without_the_servers_process_sends_the_minimum_only() throws Exception {
        WarmUp.Outcome outcome = new WarmUp(30, 2_000, 0.5).run(Optional.empty(), sent::add);

        assertThat(sent).containsExactly(30);
        assertThat(outcome.requests()).isEqualTo(30);
        assertThat(outcome.settled()).isFalse();
        assertThat(outcome.summary()).contains("not measured", "NOT settled");
    }

    @Test
    void stops_after_the_first_round_in_which_the_compiler_stayed_under_the_threshold() throws Exception {
        Optional<Long> self = selfWithProc();

        // No compiler thread can use a million milliseconds per request: the first round settles.
        WarmUp.Outcome outcome = new WarmUp(10, 10 + 3 * WarmUp.ROUND, 1e6).run(self, sent::add);

        assertThat(sent).containsExactly(10, WarmUp.ROUND);
        assertThat(outcome.requests()).isEqualTo(10 + WarmUp.ROUND);
        assertThat(outcome.settled()).isTrue();
        assertThat(outcome.compilerMillisPerRound()).hasSize(1);
    }

    @Test
    void gives_up_at_the_maximum_when_the_compiler_never_settles() throws Exception {
        Optional<Long> self = selfWithProc();

        // A negative threshold is never reached: rounds run until the next one would pass the maximum.
        WarmUp.Outcome outcome = new WarmUp(10, 10 + 2 * WarmUp.ROUND + WarmUp.ROUND / 2, -1).run(self, sent::add);

        assertThat(sent).containsExactly(10, WarmUp.ROUND, WarmUp.ROUND);
        assertThat(outcome.requests()).isEqualTo(10 + 2 * WarmUp.ROUND);
        assertThat(outcome.settled()).isFalse();
        assertThat(outcome.summary()).contains("NOT settled");
    }

    @Test
    void refuses_a_maximum_below_the_minimum() {
        assertThatThrownBy(() -> new WarmUp(100, 99, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Optional<Long> selfWithProc() {
        long pid = ProcessHandle.current().pid();
        Assumptions.assumeTrue(ThreadCpu.of(pid).isPresent(), "no /proc on this system");
        return Optional.of(pid);
    }
}
