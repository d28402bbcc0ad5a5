package dev.fenghuang.bench;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.site.read.ArticleListParser;
import dev.fenghuang.site.read.ArticleParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse throughput of real pages from the demo portal: jsoup alone, and jsoup plus our extraction into records.
 * Target: at least 3,000 article pages a second on one core for parse plus extraction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {
    String articlePage;
    String listPage;
    String articleUrl;
    String listUrl;

    @Setup(Level.Trial)
    public void fetchPages() throws IOException, InterruptedException {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            // aid 5 carries the 20 comments an article page shows at most: the heaviest ordinary page.
            articleUrl = portal.baseUrl() + "portal.php?mod=view&aid=5";
            listUrl = portal.baseUrl() + "portal.php?mod=list&catid=1";
            articlePage = fetch(articleUrl);
            listPage = fetch(listUrl);
        }
        System.out.printf("%npages: article %,d bytes, list %,d bytes%n",
                articlePage.getBytes(StandardCharsets.UTF_8).length, listPage.getBytes(StandardCharsets.UTF_8).length);
    }

    static String fetch(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Benchmark
    public Document articleJsoupOnly() {
        return Jsoup.parse(articlePage, articleUrl);
    }

    @Benchmark
    public Article articleParseAndExtract() throws IOException {
        return ArticleParser.parse(Jsoup.parse(articlePage, articleUrl));
    }

    @Benchmark
    public Document listJsoupOnly() {
        return Jsoup.parse(listPage, listUrl);
    }

    @Benchmark
    public ArticleList listParseAndExtract() throws IOException {
        return ArticleListParser.parse(Jsoup.parse(listPage, listUrl));
    }
}
