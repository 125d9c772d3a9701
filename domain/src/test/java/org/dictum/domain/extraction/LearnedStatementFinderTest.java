package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.article.ContentType;
import org.junit.jupiter.api.Test;

class LearnedStatementFinderTest {

    private static final ActorDictionary DICTIONARY = ActorDictionary.english();

    @Test
    void without_a_trained_model_nothing_is_added() {
        LearnedStatementFinder finder = finder(Optional.empty());
        String text = "Senator Jones seems confident that the bill will pass next week.";

        assertThat(finder.hasModel()).isFalse();
        assertThat(find(finder, text, List.of())).isEmpty();
    }

    @Test
    void trained_model_finds_an_appearance_cue_outside_the_lexicon() {
        LearnedStatementFinder finder = trainedFinder();
        String text = "Senator Jones seems confident that the bill will pass next week.";

        List<SpeechCandidate> found = find(finder, text, List.of());

        assertThat(found).hasSize(1);
        assertThat(found.get(0).cue()).startsWith("seems");
        assertThat(text.substring(found.get(0).speakerSpan().start(), found.get(0).speakerSpan().end())).isEqualTo("Senator Jones");
        assertThat(text.substring(found.get(0).contentStart(), found.get(0).contentEnd())).contains("the bill will pass");
        assertThat(found.get(0).style()).isEqualTo(CueStyle.LEARNED);
    }

    @Test
    void a_statement_the_rules_found_is_not_found_again() {
        LearnedStatementFinder finder = trainedFinder();
        String text = "Senator Jones seems confident that the bill will pass next week.";
        List<SpeechCandidate> byModel = find(finder, text, List.of());

        assertThat(find(finder, text, byModel)).isEmpty();
    }

    @Test
    void with_a_model_a_rule_statement_nested_in_another_content_is_left_out() {
        LearnedStatementFinder finder = trainedFinder();
        String text = "The minister said he thinks that the talks will fail next week.";
        List<SpeechCandidate> rules = StatementFinding.cued(text);
        assertThat(rules).as("the rules find the outer and the nested statement").hasSize(2);

        List<SpeechCandidate> statements = withLearned(finder, text, rules);

        assertThat(statements).extracting(SpeechCandidate::cue).containsExactly("said");
        assertThat(StatementFinding.content(text, statements.get(0))).isEqualTo("he thinks that the talks will fail next week");
    }

    @Test
    void without_a_model_the_rules_statements_are_kept_as_found() {
        LearnedStatementFinder finder = finder(Optional.empty());
        String text = "The minister said he thinks that the talks will fail next week.";
        List<SpeechCandidate> rules = StatementFinding.cued(text);
        assertThat(rules).as("the rules find the outer and the nested statement").hasSize(2);

        assertThat(withLearned(finder, text, rules)).isEqualTo(rules);
    }

    @Test
    void statements_side_by_side_are_all_kept() {
        LearnedStatementFinder finder = trainedFinder();
        String text = "The minister said the talks will fail. The ambassador said they will go on.";
        List<SpeechCandidate> rules = StatementFinding.cued(text);

        assertThat(withLearned(finder, text, rules)).containsAll(rules);
    }

    @Test
    void a_base_form_after_a_singular_name_is_a_noun_not_a_cue() {
        LearnedStatementFinder finder = trainedFinder();
        String text = "Parity report number 41 from the capital.";

        assertThat(find(finder, text, List.of())).isEmpty();
    }

    @Test
    void a_content_before_the_cue_does_not_end_inside_the_speakers_phrase() {
        trainedFinder();
        String text = "Sri Lanka's Central Bank offered 250 mln rupees worth of three-month treasury bills at its weekly "
                + "tender closing on March 6, a Bank spokesman said.";

        ExtractionResult result = extracted(text, "Sri Lanka offers bills");

        assertThat(result.statements()).extracting(statement -> text.substring(statement.span().start(), statement.span().end()))
                .doesNotContain("a Bank");
    }

    @Test
    void a_cue_right_after_an_article_or_a_lone_determiner_as_speaker_gives_no_statement() {
        trainedFinder();
        String text = "The company sold the bonds on Monday.\n\nThe notes will be sold nationwide through underwriters "
                + "managed by Shearson Lehman Brothers Inc.\n\nThe projected deficit for fiscal 1987/88 is 20 billion.";

        ExtractionResult result = extracted(text, "Notes sold");

        assertThat(result.statements()).extracting(ExtractedStatement::cue).doesNotContain("notes", "projected");
    }

    @Test
    void a_month_alone_is_no_speaker() {
        trainedFinder();
        String text = "Pending its deliberations, Harper and Row's board has postponed indefinitely a special meeting of "
                + "stockholders that had been scheduled for April 2 to discuss a proposal to recapitalize the company's "
                + "stock to create two classes of shares with different voting rights.";

        ExtractionResult result = extracted(text, "Harper and Row to mull options");

        assertThat(result.statements()).extracting(ExtractedStatement::speakerMention).doesNotContain("April");
    }

    @Test
    void whom_a_speaker_told_is_not_the_speaker() {
        trainedFinder();
        String text = "Hannu Halttunen, of Helsinki bank Kansallis-Osake-Pankki (KOP), told Reuters \"We want to be more "
                + "free in setting interest rates and in creating different deposits to suit the individual investors.\"";

        ExtractionResult result = extracted(text, "Finnish banks want freedom");

        assertThat(result.statements()).isNotEmpty().extracting(statement -> statement.speaker().canonicalName())
                .containsOnly("Hannu Halttunen");
    }

    /** What the whole extractor, with the model the build trained, finds in a wire story of 2 March 1987. */
    private static ExtractionResult extracted(String text, String title) {
        return new RuleBasedArticleExtractor().extract(
                new ExtractionRequest(text, ContentType.TEXT_PLAIN, title, LocalDate.of(1987, 3, 2)));
    }

    private static List<SpeechCandidate> withLearned(LearnedStatementFinder finder, String text, List<SpeechCandidate> found) {
        List<Token> tokens = Tokenizer.english().tokens(text, 0, text.length());
        return finder.withLearned(text, SentenceSplitter.english().split(text), QuotationMarks.find(text), tokens, found);
    }

    /** The finder with the model the build trained; the test is skipped where the build had no PolNeAR to train on. */
    private static LearnedStatementFinder trainedFinder() {
        LearnedStatementFinder finder = finder(LearnedStatementFinder.englishModel());
        assumeThat(finder.hasModel()).as("the build trains the model only when PolNeAR is in ../shared/data").isTrue();
        return finder;
    }

    private static LearnedStatementFinder finder(Optional<LinearModel> model) {
        CueLexicon cues = CueLexicon.english();
        return new LearnedStatementFinder(model, cues, new SpeakerLocator(SpeakerRoles.english(), cues),
                SpeakerPhraseParser.english(DICTIONARY));
    }

    private static List<SpeechCandidate> find(LearnedStatementFinder finder, String text, List<SpeechCandidate> found) {
        List<Token> tokens = Tokenizer.english().tokens(text, 0, text.length());
        return finder.find(text, SentenceSplitter.english().split(text), QuotationMarks.find(text), tokens, found);
    }
}
