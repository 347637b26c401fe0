using System.Diagnostics;
using System.Text.Json.Nodes;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Reporting;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Intake.Pipeline.Tests.Reporting.Browser;

/// <summary>
/// The HTML report as a browser lays it out: a Japanese and an English contract (written here) are
/// scanned by the real pipeline, rendered, and opened in headless Chromium (one session for both).
/// Screenshots are kept under the test output's <c>browser-screenshots/</c> folder.
/// </summary>
public sealed class HtmlReportBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const int Narrow = 360;
    private const int Wide = 1280;

    private const string JapaneseContract = """
        共同研究契約書

        第1条（目的）
        本契約は、甲と乙が行う全固体電池用材料の共同研究の条件を定める。

        第2条（技術指導）
        甲は、乙の技術者に対し、製造工程のノウハウを指導し、図面及び仕様書を開示する。

        第3条（成果の帰属）
        本研究により生じた発明及びノウハウは、乙に帰属するものとし、乙は甲の承諾なく第三者に実施を許諾することができる。

        第4条（資料の置き場所）
        技術資料は共有フォルダ ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJ に置く。

        第5条（準拠法）
        本契約は、シンガポール法に準拠し、同国の裁判所を専属的合意管轄裁判所とする。
        """;

    private const string EnglishContract = """
        TECHNICAL ASSISTANCE AGREEMENT

        1. Technical Assistance
        1.1 The Licensor shall train the engineers of the Licensee in the coating process and deliver all drawings, specifications and know-how needed to operate the line.

        2. Improvements
        2.1 Every improvement to the process made by either party shall be owned by the Licensee, and the Licensor grants back a perpetual licence to it.

        3. Files
        3.1 Drawings are kept in the folder ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJ of the project.

        4. Governing Law
        4.1 This Agreement is governed by the laws of Singapore and the parties submit to its courts.
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("intake-browser-").FullName;
    private readonly string _screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "browser-screenshots")).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [ChromiumFact]
    public async Task Report_InHeadlessChromium_FitsTheWindowShowsTheSummaryAndLaysOutJapanese()
    {
        var japanese = await RenderAsync("共同研究契約書.txt", JapaneseContract);
        var english = await RenderAsync("technical-assistance.txt", EnglishContract);
        await using var browser = await WebDriverSession.StartAsync();

        foreach (var (page, name) in new[] { (japanese, "ja"), (english, "en") })
        {
            await browser.OpenAsync(page);
            foreach (var width in new[] { Narrow, Wide })
            {
                await browser.ResizeAsync(width, 1400);
                var layout = await browser.EvaluateAsync(LayoutScript);
                output.WriteLine($"{name} at {width}px: {layout!.ToJsonString()}");

                Assert.Equal(name, layout["lang"]!.GetValue<string>());
                Assert.True(layout["scrollWidth"]!.GetValue<int>() <= layout["clientWidth"]!.GetValue<int>(), $"{name} overflows at {width}px: {layout.ToJsonString()}");
                var charts = layout["charts"]!.AsArray();
                Assert.Equal(2, charts.Count);
                Assert.All(charts, c => Assert.True(c!["width"]!.GetValue<double>() > 100 && c["height"]!.GetValue<double>() > 20, $"summary chart too small: {c!.ToJsonString()}"));
                Assert.True(layout["findingRows"]!.GetValue<int>() > 0, "the pipeline found nothing to show");
                await File.WriteAllBytesAsync(Path.Combine(_screenshots, $"report-{name}-{width}.png"), await browser.ScreenshotAsync());
            }
        }

        await browser.OpenAsync(japanese);
        await AssertJapaneseIsLaidOutInAJapaneseFontAsync(browser, "figure.chart figcaption");
        output.WriteLine($"screenshots in {_screenshots}");
    }

    // Box sizes are CSS pixels; a caption of 8 ideographs in a 1rem font is about 130 px wide and one line high.
    private const string LayoutScript = """
        const e = document.documentElement;
        const box = el => { const r = el.getBoundingClientRect(); return { width: r.width, height: r.height }; };
        return {
          lang: e.lang,
          scrollWidth: Math.max(e.scrollWidth, document.body.scrollWidth),
          clientWidth: e.clientWidth,
          charts: [...document.querySelectorAll('section.summary svg')].map(box),
          findingRows: document.querySelectorAll('table.findings tbody tr').length,
        };
        """;

    /// <summary>
    /// The text is laid out (its glyphs' box one line high and about one em per ideograph) and DevTools says which
    /// installed font drew its glyphs: it must be one fontconfig lists as covering Japanese, not a
    /// fallback that draws empty boxes.
    /// </summary>
    private async Task AssertJapaneseIsLaidOutInAJapaneseFontAsync(WebDriverSession browser, string selector)
    {
        var box = await browser.EvaluateAsync($$"""
            const el = document.querySelector('{{selector}}');
            const range = document.createRange();
            range.selectNodeContents(el);
            const r = range.getBoundingClientRect();
            return { text: el.textContent, width: r.width, height: r.height, fontSize: parseFloat(getComputedStyle(el).fontSize) };
            """);
        output.WriteLine($"japanese text box: {box!.ToJsonString()}");
        var text = box["text"]!.GetValue<string>();
        var fontSize = box["fontSize"]!.GetValue<double>();
        Assert.InRange(box["height"]!.GetValue<double>(), fontSize * 0.9, fontSize * 2.5);
        Assert.InRange(box["width"]!.GetValue<double>(), text.Length * fontSize * 0.8, text.Length * fontSize * 1.2);

        await browser.DevToolsAsync("DOM.enable", []);
        await browser.DevToolsAsync("CSS.enable", []);
        var root = await browser.DevToolsAsync("DOM.getDocument", new JsonObject { ["depth"] = 0 });
        var node = await browser.DevToolsAsync("DOM.querySelector", new JsonObject { ["nodeId"] = root!["root"]!["nodeId"]!.GetValue<int>(), ["selector"] = selector });
        var fonts = await browser.DevToolsAsync("CSS.getPlatformFontsForNode", new JsonObject { ["nodeId"] = node!["nodeId"]!.GetValue<int>() });
        output.WriteLine($"fonts used: {fonts!.ToJsonString()}");
        var used = fonts["fonts"]!.AsArray().Select(f => f!["familyName"]!.GetValue<string>()).ToList();
        var japaneseFamilies = await JapaneseFontFamiliesAsync();
        Assert.NotEmpty(used);
        Assert.All(used, family => Assert.Contains(family, japaneseFamilies));
    }

    /// <summary>The families fontconfig says cover Japanese (<c>fc-list :lang=ja family</c>), all names of each.</summary>
    private static async Task<HashSet<string>> JapaneseFontFamiliesAsync()
    {
        using var fcList = Process.Start(new ProcessStartInfo("fc-list", ":lang=ja family") { RedirectStandardOutput = true, UseShellExecute = false })!;
        var listed = await fcList.StandardOutput.ReadToEndAsync();
        await fcList.WaitForExitAsync();
        return [.. listed.Split('\n', ',').Select(f => f.Trim()).Where(f => f.Length > 0)];
    }

    private async Task<string> RenderAsync(string fileName, string contract)
    {
        var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).AddLogging();
        services.AddIntakePipeline();
        await using var provider = services.BuildServiceProvider();
        var report = await provider.GetRequiredService<DocumentScanner>().ScanAsync(new ScanRequest(Path.Combine(_folder, fileName), FixtureFiles.Utf8(contract)));
        Assert.Equal(DocumentStatus.Completed, report.Status);
        var page = Path.Combine(_folder, Path.ChangeExtension(fileName, ".html"));
        await File.WriteAllTextAsync(page, HtmlReportRenderer.Render(report));
        return page;
    }
}
