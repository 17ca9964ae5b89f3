package vn.ocop.search.elasticsearch;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The {@code ngram} and {@code edge_ngram} tokenizers of analysis-common: settings
 * {@code min_gram} (1), {@code max_gram} (2), {@code token_chars} (letter, digit, whitespace,
 * punctuation, symbol, custom; empty = every character) and {@code custom_token_chars}.
 * Other keys (such as the {@code side} that modelsearch passes) are ignored, as they are there.
 */
final class Tokenizers {

    private Tokenizers() {}

    static final class NGram extends AbstractTokenizerFactory {
        private final int minGram;
        private final int maxGram;
        private final IntPredicate tokenChars;

        NGram(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name);
            minGram = settings.getAsInt("min_gram", NGramTokenizer.DEFAULT_MIN_NGRAM_SIZE);
            maxGram = settings.getAsInt("max_gram", NGramTokenizer.DEFAULT_MAX_NGRAM_SIZE);
            TokenFilters.checkNgramDiff(indexSettings, minGram, maxGram, "NGram Tokenizer");
            tokenChars = parseTokenChars(settings);
        }

        @Override
        public Tokenizer create() {
            if (tokenChars == null) {
                return new NGramTokenizer(minGram, maxGram);
            }
            return new NGramTokenizer(minGram, maxGram) {
                @Override
                protected boolean isTokenChar(int chr) {
                    return tokenChars.test(chr);
                }
            };
        }
    }

    static final class EdgeNGram extends AbstractTokenizerFactory {
        private final int minGram;
        private final int maxGram;
        private final IntPredicate tokenChars;

        EdgeNGram(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name);
            minGram = settings.getAsInt("min_gram", EdgeNGramTokenizer.DEFAULT_MIN_GRAM_SIZE);
            maxGram = settings.getAsInt("max_gram", EdgeNGramTokenizer.DEFAULT_MAX_GRAM_SIZE);
            tokenChars = parseTokenChars(settings);
        }

        @Override
        public Tokenizer create() {
            if (tokenChars == null) {
                return new EdgeNGramTokenizer(minGram, maxGram);
            }
            return new EdgeNGramTokenizer(minGram, maxGram) {
                @Override
                protected boolean isTokenChar(int chr) {
                    return tokenChars.test(chr);
                }
            };
        }
    }

    /** Returns null when every character is a token character (no token_chars given). */
    static IntPredicate parseTokenChars(Settings settings) {
        IntPredicate result = null;
        for (String kind : settings.getAsList("token_chars")) {
            IntPredicate one = switch (kind.toLowerCase(Locale.ROOT)) {
                case "letter" -> Character::isLetter;
                case "digit" -> Character::isDigit;
                case "whitespace" -> Character::isWhitespace;
                case "punctuation" -> c -> switch (Character.getType(c)) {
                    case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                        Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                        Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
                    default -> false;
                };
                case "symbol" -> c -> switch (Character.getType(c)) {
                    case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                        Character.OTHER_SYMBOL -> true;
                    default -> false;
                };
                case "custom" -> {
                    String custom = settings.get("custom_token_chars");
                    if (custom == null) {
                        throw new IllegalArgumentException("Token type: 'custom' requires setting `custom_token_chars`");
                    }
                    yield c -> custom.indexOf(c) >= 0;
                }
                default -> throw new IllegalArgumentException(
                    "Unknown token type: '" + kind + "', must be one of [letter, digit, whitespace, punctuation, symbol, custom]"
                );
            };
            result = result == null ? one : result.or(one);
        }
        return result;
    }
}
