package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakerLocatorTest {

    private final Tokenizer tokenizer = Tokenizer.english();
    private final CueLexicon cues = CueLexicon.english();
    private final SpeakerLocator locator = new SpeakerLocator(SpeakerRoles.english(), cues);

    @Test
    void auxiliaries_adverbs_and_date_words_between_speaker_and_cue_are_skipped() {
        assertThat(before("Trump on Monday has repeatedly said it", "said")).contains("Trump");
        assertThat(before("The campaign, however, said it", "said")).contains("The campaign");
        assertThat(before("The company has so far said it", "said")).contains("The company");
        assertThat(before("Poindexter has thus far declined it", "declined")).contains("Poindexter");
    }

    @Test
    void a_title_held_for_a_department_belongs_to_the_mention_though_state_is_a_cue() {
        assertThat(before("Tanzania will need aid, Minister of State for Finance Damas Mbogoro said it", "said"))
                .contains("Minister of State for Finance Damas Mbogoro");
        assertThat(core("Aid is due, Secretary of State for Trade, Miguel Angel Fernandez Ordonez, said it", "said"))
                .contains("Miguel Angel Fernandez Ordonez");
        assertThat(core("Aid is due, the president of the American Soybean Association, ASA, said it", "said"))
                .contains("the president of the American Soybean Association");
        assertThat(core("Aid is due, Ed Yardeni of Prudential-Bache Securities, New York, said it", "said"))
                .contains("Ed Yardeni of Prudential-Bache Securities");
    }

    @Test
    void apposition_before_or_after_the_name_and_several_segments_belong_to_the_mention() {
        assertThat(before("Dmitry Peskov, a Kremlin spokesman, said it", "said")).contains("Dmitry Peskov, a Kremlin spokesman");
        assertThat(core("The Kremlin spokesman, Dmitry Peskov, said it", "said")).contains("Dmitry Peskov");
        assertThat(before("Roxana Leon, 63, an independent voter, said it", "said")).contains("Roxana Leon, 63, an independent voter");
        assertThat(core("Aid will rise, John Shilling, director of the World Bank's Moroccan division, said it", "said"))
                .contains("John Shilling");
        assertThat(core("Another CBT official, executive vice president George Sladoje, said it", "said"))
                .contains("George Sladoje");
        assertThat(core("Sen. Mitch McConnell, R-Ky., said it", "said")).contains("Sen. Mitch McConnell");
        assertThat(core("Suzanne Early, assistant trade representative, told Reuters it", "told")).contains("Suzanne Early");
        assertThat(before("Hannu Halttunen, of Helsinki bank Kansallis-Osake-Pankki (KOP), told Reuters it", "told"))
                .contains("Hannu Halttunen, of Helsinki bank Kansallis-Osake-Pankki (KOP)");
    }

    @Test
    void a_role_after_a_modifier_a_bracketed_name_part_and_a_participle_open_an_apposition() {
        assertThat(core("William Wong, managing director of Indosuez Asia Ltd, said it", "said")).contains("William Wong");
        assertThat(core("William K.K. Wong, director of Indosuez Asia (Singapore) Ltd, said it", "said"))
                .contains("William K.K. Wong");
        assertThat(core("John Smith, economist for the American Soybean Association (ASA), said it", "said"))
                .contains("John Smith");
        assertThat(core("In a filing, the group, led by Mutual Shares Corp, said it", "said")).contains("the group");
        assertThat(core("The company, based in Dallas, said it", "said")).contains("The company");
        assertThat(core("The agency, quoted by the BBC, said it", "said")).contains("The agency");
    }

    @Test
    void relative_clause_and_coordination_stay_in_the_phrase() {
        assertThat(before("Officials who spoke on condition of anonymity said it", "said"))
                .contains("Officials who spoke on condition of anonymity");
        assertThat(before("Clinton and Sanders said it", "said")).contains("Clinton and Sanders");
        assertThat(before("Rep. Hank Johnson (D-Ga.) said it", "said")).contains("Rep. Hank Johnson");
    }

    @Test
    void stock_symbol_in_angle_brackets_is_skipped_and_a_bracketed_name_is_the_speaker() {
        assertThat(before("Plessey Co Plc <PLY.L> said it", "said")).contains("Plessey Co Plc");
        assertThat(before("Dixie Yarns <DXYN> said it", "said")).contains("Dixie Yarns");
        assertThat(before("<Angio-Medical Corp> said it", "said")).contains("Angio-Medical Corp");
        assertThat(before("The board of <Medical Properties Inc> said it", "said")).contains("Medical Properties Inc");
        assertThat(before("(Warrington Inc) said it", "said")).contains("Warrington Inc");
        assertThat(before("<Strong Point Inc> said it", "said")).contains("Strong Point Inc");
        assertThat(before("Rep. Hank Johnson (D-Ga.) said it", "said")).contains("Rep. Hank Johnson");
    }

    @Test
    void subject_of_a_coordinated_verb_is_the_speaker() {
        assertThat(before("In Ohio, Trump doubled down on his comments and said it", "said")).contains("Trump");
    }

    @Test
    void lower_case_head_needs_a_role_noun_or_the_start_of_a_clause() {
        assertThat(before("The actress said it", "said")).contains("The actress");
        assertThat(before("A spokesman for the ministry said it", "said")).contains("A spokesman for the ministry");
        assertThat(before("The history of the region said it", "said")).isEmpty();
        assertThat(before("The plan is good and said it", "said")).isEmpty();
    }

    @Test
    void inverted_speaker_runs_to_the_end_of_its_apposition() {
        List<Token> tokens = tokens("“It was shameful,” said Leslie Feldman, a plaintiff in the lawsuit.");
        int said = indexOf(tokens, "said");
        SpeakerLocator.Located located = locator.after(tokens, said + 1, tokens.size()).orElseThrow();
        assertThat(span(tokens, located.from(), located.to())).isEqualTo("Leslie Feldman , a plaintiff in the lawsuit");
        assertThat(span(tokens, located.coreFrom(), located.coreTo())).isEqualTo("Leslie Feldman");
    }

    @Test
    void clause_subject_is_the_proper_name_or_role_phrase_that_opens_it() {
        List<Token> tokens = tokens("But the former secretary lashed out, saying so");
        SpeakerLocator.Located subject = locator.clauseSubject("But the former secretary lashed out, saying so", tokens, 0,
                tokens.size()).orElseThrow();
        assertThat(span(tokens, subject.from(), subject.to())).isEqualTo("the former secretary");
    }

    private Optional<String> before(String text, String cue) {
        List<Token> tokens = tokens(text);
        return locator.before(text, tokens, 0, indexOf(tokens, cue)).map(found -> text.substring(
                tokens.get(found.from()).start(), tokens.get(found.to() - 1).end()));
    }

    private Optional<String> core(String text, String cue) {
        List<Token> tokens = tokens(text);
        return locator.before(text, tokens, 0, indexOf(tokens, cue)).map(found -> text.substring(
                tokens.get(found.coreFrom()).start(), tokens.get(found.coreTo() - 1).end()));
    }

    private List<Token> tokens(String text) {
        return tokenizer.tokens(text, 0, text.length());
    }

    private static String span(List<Token> tokens, int from, int to) {
        return String.join(" ", tokens.subList(from, to).stream().map(Token::text).toList());
    }

    private static int indexOf(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }
}
