package org.dictum.bench.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReutersCorpusTest {

    @Test
    void a_line_of_the_jsonl_is_a_story_with_its_codes() {
        ReutersStory story = ReutersCorpus.story("""
                {"id": 7, "date": "1987-02-26T15:01:01", "title": "BAKER SAYS", "body": "Treasury Secretary James\\nBaker said.\\n    New paragraph.", "places": ["usa"], "people": ["james-baker"], "orgs": [], "topics": null}""");
        assertThat(story.id()).isEqualTo("7");
        assertThat(story.date()).isEqualTo(LocalDate.of(1987, 2, 26));
        assertThat(story.places()).containsExactly("usa");
        assertThat(story.people()).containsExactly("james-baker");
        assertThat(story.orgs()).isEmpty();
        assertThat(story.body()).isEqualTo("Treasury Secretary James\nBaker said.\n    New paragraph.");
    }
}
