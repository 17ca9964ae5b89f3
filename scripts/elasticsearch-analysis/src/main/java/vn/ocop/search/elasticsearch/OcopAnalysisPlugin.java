package vn.ocop.search.elasticsearch;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestHandler;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * WHY THIS EXISTS. scripts/elasticsearch.sh runs the official integration-test distribution of
 * Elasticsearch (the only server build published on Maven Central). That distribution has no
 * analysis-common module, so the names our index settings use ({@code asciifolding},
 * {@code edge_ngram}, {@code stemmer}, the {@code english} analyzer, ...) are unknown to it, and
 * it has no rest-root module either, so {@code GET /} answers 405. Production clusters run the
 * full distribution, where all of this is built in: this plugin is installed ONLY into the node
 * that the script starts, never into a production cluster.
 *
 * <p>It registers a subset of analysis-common under the same names, with the same settings and
 * defaults, built from the same Lucene classes (lucene-analysis-common is in the server's lib/),
 * so one set of index settings works on both. Keep it that way: add a component here only by
 * copying analysis-common's behaviour, never with a setting or default of our own.
 */
public class OcopAnalysisPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    private ClusterService clusterService;

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "asciifolding", TokenFilters.AsciiFolding::new,
            "edge_ngram", TokenFilters.EdgeNGram::new,
            "ngram", TokenFilters.NGram::new,
            "stemmer", TokenFilters.Stemmer::new
        );
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
            "edge_ngram", Tokenizers.EdgeNGram::new,
            "ngram", Tokenizers.NGram::new,
            "keyword", (indexSettings, environment, name, settings) -> {
                int bufferSize = settings.getAsInt("buffer_size", 256);
                return new AbstractTokenizerFactory(name) {
                    @Override
                    public org.apache.lucene.analysis.Tokenizer create() {
                        return new KeywordTokenizer(bufferSize);
                    }
                };
            }
        );
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        // analysis-common's EnglishAnalyzerProvider: Lucene's EnglishAnalyzer with the
        // "stopwords"/"stopwords_path" and "stem_exclusion" settings.
        return Map.of("english", (indexSettings, environment, name, settings) -> {
            EnglishAnalyzer analyzer = new EnglishAnalyzer(
                Analysis.parseStopWords(environment, settings, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET),
                Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET)
            );
            return new AbstractIndexAnalyzerProvider<EnglishAnalyzer>(name) {
                @Override
                public EnglishAnalyzer get() {
                    return analyzer;
                }
            };
        });
    }

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService = services.clusterService(); // for GET /
        return List.of();
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
        RestHandlersServices services,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new RestRootAction(() -> clusterService));
    }
}
