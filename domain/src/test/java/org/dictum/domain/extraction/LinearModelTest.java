package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearModelTest {

    @Test
    void written_model_reads_back_with_the_same_scores() throws IOException {
        float[] weights = new float[LinearModel.SLOTS];
        weights[LinearModel.slot("c:w=said")] = 2.5f;
        weights[LinearModel.slot("c:w=table")] = -1.25f;
        LinearModel model = new LinearModel(weights);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);

        LinearModel read = LinearModel.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(read.score(List.of("c:w=said", "c:w=table"))).isEqualTo(1.25);
        assertThat(read.score(List.of("c:w=unseen"))).isZero();
        assertThat(bytes.size()).as("only non-zero weights are stored").isLessThan(200);
    }

    @Test
    void missing_resource_means_no_model() {
        assertThat(LinearModel.fromResource("no-such-model.bin")).isEmpty();
    }
}
