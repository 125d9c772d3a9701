package org.dictum.web.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

class ConcurrentChangeHandlerTest {

    @Test
    void an_optimistic_lock_failure_anywhere_in_the_cause_chain_is_a_concurrent_change() {
        RuntimeException atCommit = new IllegalStateException("commit failed",
                new RuntimeException("rolled back", new OptimisticLockException("Row was updated by another transaction")));

        assertThat(ConcurrentChangeHandler.isConcurrentChange(atCommit)).isTrue();
        assertThat(ConcurrentChangeHandler.isConcurrentChange(new OptimisticLockException())).isTrue();
    }

    @Test
    void other_failures_are_left_to_the_error_page() {
        assertThat(ConcurrentChangeHandler.isConcurrentChange(new IllegalStateException("boom", new NullPointerException()))).isFalse();
        assertThat(ConcurrentChangeHandler.isConcurrentChange(null)).isFalse();
    }
}
