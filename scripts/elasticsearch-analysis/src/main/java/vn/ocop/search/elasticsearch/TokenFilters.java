package vn.ocop.search.elasticsearch;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.Locale;
import java.util.function.UnaryOperator;

/** Token filters, each mirroring the analysis-common factory of the same name. */
final class TokenFilters {

    private TokenFilters() {}

    /** {@code asciifolding}: settings {@code preserve_original} (default false). */
    static final class AsciiFolding extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final boolean preserveOriginal;

        AsciiFolding(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name);
            preserveOriginal = settings.getAsBoolean("preserve_original", false);
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return new ASCIIFoldingFilter(tokenStream, preserveOriginal);
        }

        @Override
        public TokenStream normalize(TokenStream tokenStream) {
            // A normalizer must emit a single token, so never keep the original here.
            return new ASCIIFoldingFilter(tokenStream, false);
        }

        @Override
        public TokenFilterFactory getSynonymFilter() {
            if (preserveOriginal == false) {
                return this;
            }
            // As in analysis-common: synonyms are parsed without the extra original tokens.
            String name = name();
            return new TokenFilterFactory() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public TokenStream create(TokenStream tokenStream) {
                    return new ASCIIFoldingFilter(tokenStream, false);
                }
            };
        }
    }

    /** {@code edge_ngram}: {@code min_gram} (1), {@code max_gram} (2), {@code preserve_original} (false), {@code side} (front|back). */
    static final class EdgeNGram extends AbstractTokenFilterFactory {
        private final int minGram;
        private final int maxGram;
        private final boolean back;
        private final boolean preserveOriginal;

        EdgeNGram(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name);
            minGram = settings.getAsInt("min_gram", 1);
            maxGram = settings.getAsInt("max_gram", 2);
            preserveOriginal = settings.getAsBoolean("preserve_original", false);
            String side = settings.get("side", "front");
            back = switch (side) {
                case "front" -> false;
                case "back" -> true;
                default -> throw new IllegalArgumentException("invalid side: [" + side + "], must be either [front] or [back]");
            };
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            TokenStream result = back ? new ReverseStringFilter(tokenStream) : tokenStream;
            result = new EdgeNGramTokenFilter(result, minGram, maxGram, preserveOriginal);
            return back ? new ReverseStringFilter(result) : result;
        }

        @Override
        public boolean breaksFastVectorHighlighter() {
            return true;
        }

        @Override
        public TokenFilterFactory getSynonymFilter() {
            throw new IllegalArgumentException("Token filter [" + name() + "] cannot be used to parse synonyms");
        }
    }

    /** {@code ngram}: {@code min_gram} (1), {@code max_gram} (2), {@code preserve_original} (false); limited by {@code index.max_ngram_diff}. */
    static final class NGram extends AbstractTokenFilterFactory {
        private final int minGram;
        private final int maxGram;
        private final boolean preserveOriginal;

        NGram(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name);
            minGram = settings.getAsInt("min_gram", 1);
            maxGram = settings.getAsInt("max_gram", 2);
            preserveOriginal = settings.getAsBoolean("preserve_original", false);
            checkNgramDiff(indexSettings, minGram, maxGram, "NGram Tokenizer");
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return new NGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
        }

        @Override
        public TokenFilterFactory getSynonymFilter() {
            throw new IllegalArgumentException("Token filter [" + name() + "] cannot be used to parse synonyms");
        }
    }

    static void checkNgramDiff(IndexSettings indexSettings, int minGram, int maxGram, String what) {
        int allowed = indexSettings.getMaxNgramDiff();
        if (maxGram - minGram > allowed) {
            throw new IllegalArgumentException(
                "The difference between max_gram and min_gram in " + what + " must be less than or equal to: ["
                    + allowed + "] but was [" + (maxGram - minGram) + "]. This limit can be set by changing the ["
                    + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey() + "] index level setting."
            );
        }
    }

    /**
     * {@code stemmer}: {@code language} (or {@code name}), default {@code porter}. Only the English
     * stemmers are provided; analysis-common's other languages are refused with a clear error
     * rather than silently differing from production.
     */
    static final class Stemmer extends AbstractTokenFilterFactory {
        private final UnaryOperator<TokenStream> stemmer;

        Stemmer(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name);
            String language = settings.get("language", settings.get("name", "porter"));
            stemmer = switch (language.toLowerCase(Locale.ROOT)) {
                case "porter", "english" -> PorterStemFilter::new;
                case "porter2" -> ts -> new SnowballFilter(ts, new EnglishStemmer());
                case "light_english", "lightenglish", "kstem" -> KStemFilter::new;
                case "minimal_english", "minimalenglish" -> EnglishMinimalStemFilter::new;
                case "possessive_english", "possessiveenglish" -> EnglishPossessiveFilter::new;
                default -> throw new IllegalArgumentException(
                    "stemmer language [" + language + "] is not provided by the local ocop-analysis-common plugin "
                        + "(only porter, english, porter2, light_english, kstem, minimal_english, possessive_english); "
                        + "add it to scripts/elasticsearch-analysis if the project needs it"
                );
            };
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return stemmer.apply(tokenStream);
        }
    }
}
