/**
 * The extraction pipeline, plain Java: from an original document (text or HTML) to its main text,
 * metadata and statements, with the actors they involve. No persistence here: results are records
 * that {@code org.dictum.domain.ingest} turns into entities.
 *
 * <p>{@link org.dictum.domain.extraction.RuleBasedArticleExtractor} (v0, rules) runs these steps:
 * <ol>
 *   <li>HTML only: {@code HtmlDecoding} (bytes to text: valid UTF-8 wins over a wrong declaration), {@code LenientHtml}
 *       (jsoup, after closing an unclosed title), {@code HtmlMetadataReader} (title, authors, date, source, canonical
 *       URL, declared language, each a {@code Sourced} value in {@code DocumentMetadata}; with {@code JsonLd},
 *       {@code PublicationDates}, {@code Bylines});</li>
 *   <li>main text: {@code PlainTextMainText} / {@code HtmlMainText} ({@code TextBlocks}, {@code ContentLocator},
 *       {@code MarkupHints}, {@code SiteRules}, {@code LinkLists}, {@code Headlines}), both using
 *       {@code BoilerplateFilter};</li>
 *   <li>sentences: {@code SentenceSplitter} (abbreviation- and initialism-aware, newlines are hard breaks) and words:
 *       {@code Tokenizer};</li>
 *   <li>statements: {@code QuotationMarks} finds quotations (all quote styles, over paragraphs, left open);
 *       {@code CuedStatementFinder} finds every cue of {@code CueLexicon} used as a verb of speech ({@code CueUsage})
 *       in a sentence with its speaker
 *       ({@code SpeakerLocator}: appositions, relative clauses, inversion, participles), what follows the cue
 *       ({@code CueComplement}: hearer, date and setting words) and its content, quoted or not;
 *       {@code LearnedStatementFinder} adds what a model trained on PolNeAR finds beyond the rules (cues outside the
 *       lexicon, their content and direction: {@code AttributionDecoder}, {@code AttributionFeatures},
 *       {@code LinearModel}), when the build trained one ({@code AttributionModelTraining}, {@code AveragedPerceptron},
 *       {@code BratSpans}), and with a model leaves out the rules' statements nested in another's content;
 *       {@code DirectQuoteFinder} joins continued quotations and gives uncued ones to the previous speaker;
 *       {@code SpeakerPhraseParser} classifies speaker phrases ({@code SpeakerRoles}, {@code SpeakerPhrase});</li>
 *   <li>speakers: {@code SpeakerMemory} resolves phrases to actors per article, with coreference
 *       ("He", "the official", "Blinken") to the most recent compatible speaker or a person the article names;</li>
 *   <li>dates: {@code StatementDateResolver} reads date words of the attribution, {@code StatementDating}
 *       carries dates over between statements of the same speaker;</li>
 *   <li>actors: {@code ActorDictionary} (the gazetteer, {@code ActorDictionaryLoader}) and
 *       {@code ProperNameRecognizer} (titled and recurring names, {@code ArticleNames}), output as
 *       {@code ActorMention}s; language: {@code LanguageDetection} (declared, else Tika's Optimaize detector, else
 *       {@code LanguageGuesser}); confidence: {@code CueStyle}.</li>
 * </ol>
 * Word lists and the actor dictionary are editable data under
 * {@code src/main/resources/org/dictum/domain/extraction/}: {@code actors-en.tsv}, {@code boilerplate-en.txt},
 * {@code cue-verbs-en.txt}, {@code speaker-roles-en.txt}, {@code speaker-modifiers-en.txt},
 * {@code person-titles-en.txt}, {@code abbreviations-en.txt}, {@code stopwords.txt}, {@code markup-hints.txt},
 * {@code site-rules.txt}. docs/EXTRACTION.md describes the method and its measured accuracy.
 */
package org.dictum.domain.extraction;
