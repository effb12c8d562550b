package dev.shopstream.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers, under the names Elasticsearch's own analysis-common module uses, the
 * handful of Lucene analysis components shopstream's index settings need.
 *
 * Why it exists: Maven Central carries Elastic's integ-test distribution of the ES 8
 * server, which ships Lucene's analysis-common jar but not the ES module that exposes it.
 * Each component below is the Lucene class analysis-common wraps, configured with the
 * same parameter names and defaults, so the same index settings run unchanged on the
 * official Docker image (where analysis-common provides these names and this plugin is
 * not installed).
 *
 * uax_url_email, pattern_capture and unique are there for Elasticsearch itself: the
 * security module's `.security` index (native users, API keys) analyses e-mail addresses
 * with them, so a secured node needs them before it can store an API key.
 */
public final class ShopstreamAnalysisPlugin extends Plugin implements AnalysisPlugin {

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of(
        "edge_ngram", AnalysisPlugin.requiresAnalysisSettings(
            (indexSettings, env, name, settings) -> edgeNGramTokenizer(name, settings)),
        "keyword", (indexSettings, env, name, settings) ->
            TokenizerFactory.newFactory(name, KeywordTokenizer::new),
        "whitespace", (indexSettings, env, name, settings) ->
            TokenizerFactory.newFactory(name, WhitespaceTokenizer::new),
        "uax_url_email", (indexSettings, env, name, settings) -> {
          int maxTokenLength = settings.getAsInt("max_token_length", 255);
          return TokenizerFactory.newFactory(name, () -> {
            UAX29URLEmailTokenizer tokenizer = new UAX29URLEmailTokenizer();
            tokenizer.setMaxTokenLength(maxTokenLength);
            return tokenizer;
          });
        });
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        "edge_ngram", AnalysisPlugin.requiresAnalysisSettings(
            (indexSettings, env, name, settings) -> edgeNGramFilter(name, settings)),
        "asciifolding", (indexSettings, env, name, settings) ->
            filter(name, settings, ASCIIFoldingFilter::new),
        "porter_stem", (indexSettings, env, name, settings) ->
            filter(name, settings, PorterStemFilter::new),
        "stemmer", (indexSettings, env, name, settings) -> stemmer(name, settings),
        "synonym_graph", AnalysisPlugin.requiresAnalysisSettings(
            (indexSettings, env, name, settings) -> synonymGraph(env, name, settings)),
        "pattern_capture", AnalysisPlugin.requiresAnalysisSettings(
            (indexSettings, env, name, settings) -> patternCapture(name, settings)),
        "unique", (indexSettings, env, name, settings) -> filter(name, settings, UniqueFilter::new));
  }

  private interface FilterMaker {
    TokenStream wrap(TokenStream in);
  }

  private static TokenFilterFactory filter(String name, Settings settings, FilterMaker maker) {
    return new AbstractTokenFilterFactory(name, settings) {
      @Override
      public TokenStream create(TokenStream tokenStream) {
        return maker.wrap(tokenStream);
      }
    };
  }

  private static TokenFilterFactory patternCapture(String name, Settings settings) {
    List<String> regexes = settings.getAsList("patterns");
    if (regexes.isEmpty()) {
      throw new IllegalArgumentException("pattern_capture [" + name + "] needs patterns");
    }
    Pattern[] patterns = regexes.stream().map(Pattern::compile).toArray(Pattern[]::new);
    boolean preserveOriginal = settings.getAsBoolean("preserve_original", true);
    return filter(name, settings, in -> new PatternCaptureGroupTokenFilter(in, preserveOriginal, patterns));
  }

  /** analysis-common's `unique` (only_on_same_position=false): each term once per field value. */
  private static final class UniqueFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArraySet seen = new CharArraySet(8, false);

    UniqueFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      while (input.incrementToken()) {
        char[] buffer = term.buffer();
        int length = term.length();
        if (!seen.contains(buffer, 0, length)) {
          seen.add(new String(buffer, 0, length));
          return true;
        }
      }
      return false;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      seen.clear();
    }
  }

  private static TokenFilterFactory stemmer(String name, Settings settings) {
    String language = settings.get("language", settings.get("name", "english")).toLowerCase(Locale.ROOT);
    if (!language.equals("english") && !language.equals("porter")) {
      throw new IllegalArgumentException(
          "shopstream-analysis: stemmer [" + name + "] supports language english/porter only, got [" + language + "]");
    }
    return filter(name, settings, PorterStemFilter::new);
  }

  private static TokenFilterFactory edgeNGramFilter(String name, Settings settings) {
    int minGram = settings.getAsInt("min_gram", 1);
    int maxGram = settings.getAsInt("max_gram", 2);
    boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
    return filter(name, settings, in -> new EdgeNGramTokenFilter(in, minGram, maxGram, preserveOriginal));
  }

  private static TokenizerFactory edgeNGramTokenizer(String name, Settings settings) {
    int minGram = settings.getAsInt("min_gram", 1);
    int maxGram = settings.getAsInt("max_gram", 2);
    IntPredicate tokenChar = tokenChars(settings.getAsList("token_chars"));
    return TokenizerFactory.newFactory(name, () -> tokenChar == null
        ? new EdgeNGramTokenizer(minGram, maxGram)
        : new EdgeNGramTokenizer(minGram, maxGram) {
          @Override
          protected boolean isTokenChar(int chr) {
            return tokenChar.test(chr);
          }
        });
  }

  /** The token_chars classes of analysis-common's NGram/EdgeNGram tokenizers. */
  private static IntPredicate tokenChars(List<String> classes) {
    if (classes == null || classes.isEmpty()) {
      return null;
    }
    IntPredicate result = c -> false;
    for (String cls : classes) {
      IntPredicate p = switch (cls.toLowerCase(Locale.ROOT)) {
        case "letter" -> Character::isLetter;
        case "digit" -> Character::isDigit;
        case "whitespace" -> Character::isWhitespace;
        case "punctuation" -> c -> switch (Character.getType(c)) {
          case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
              Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
              Character.FINAL_QUOTE_PUNCTUATION -> true;
          default -> false;
        };
        case "symbol" -> c -> switch (Character.getType(c)) {
          case Character.CURRENCY_SYMBOL, Character.MATH_SYMBOL, Character.OTHER_SYMBOL,
              Character.MODIFIER_SYMBOL -> true;
          default -> false;
        };
        default -> throw new IllegalArgumentException("Unknown token type: '" + cls + "'");
      };
      result = result.or(p);
    }
    return result;
  }

  /**
   * synonym_graph with Solr-format rules from `synonyms` (inline list) or `synonyms_path`
   * (relative to the config dir). Rules are parsed with a standard tokenizer + lowercase,
   * which is the chain shopstream's search analyzer puts in front of this filter.
   */
  private static TokenFilterFactory synonymGraph(Environment env, String name, Settings settings) throws IOException {
    List<String> rules = Analysis.getWordList(env, settings, "synonyms");
    if (rules == null) {
      throw new IllegalArgumentException("synonym_graph [" + name + "] requires either `synonyms` or `synonyms_path`");
    }
    boolean expand = settings.getAsBoolean("expand", true);
    boolean lenient = settings.getAsBoolean("lenient", false);
    Analyzer ruleAnalyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }
    };
    SynonymMap map;
    try {
      SolrSynonymParser parser = new SolrSynonymParser(true, expand, ruleAnalyzer);
      StringBuilder text = new StringBuilder();
      for (String rule : rules) {
        text.append(rule).append('\n');
      }
      parser.parse(new StringReader(text.toString()));
      map = parser.build();
    } catch (ParseException | IllegalArgumentException e) {
      if (lenient) {
        map = new SynonymMap.Builder(true).build();
      } else {
        throw new IllegalArgumentException("failed to build synonyms for [" + name + "]: " + e.getMessage(), e);
      }
    }
    SynonymMap synonyms = map;
    return filter(name, settings, in -> synonyms.fst == null ? in : new SynonymGraphFilter(in, synonyms, false));
  }
}
