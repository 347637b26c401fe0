using Intake.Pipeline.Classification;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Guidance;
using Intake.Pipeline.Reporting;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;

namespace Intake.Pipeline.Tests.Reporting;

/// <summary>What the reader of the HTML report sees: the summary picture, one row per clause, possible findings apart, the document's language.</summary>
public sealed class HtmlReportLayoutTests
{
    private const string ClauseA = "乙は、甲に対し、本製品の製造に関する技術情報及びノウハウを開示する。";
    private const string ClauseB = "乙は、本研究の成果を第三者に自由に使用させることができる。";

    private static Finding Clause(string label, string text, double confidence, Severity severity = Severity.High, string route = "joint-research") => new(
        label, LabelFamily.Exposure, severity, confidence, text, "第5条（技術指導）", 3, text == ClauseA ? 100 : 400, FindingKind.Clause, ["技術情報"], "開示の範囲を限定する。")
    {
        Route = route,
        RouteName = GuidanceCatalogue.Default.Route(route).Name,
    };

    private static DocumentReport Japanese(params Finding[] findings) =>
        new("/home/someone/contracts/共同研究契約書.pdf", DocumentStatus.Completed, null, "ja", 4, 12, RiskLevel.High, findings) { Kind = DocumentKind.Pdf };

    [Fact]
    public void Render_JapaneseDocument_IsAJapanesePageWithJapaneseLabels()
    {
        var html = HtmlReportRenderer.Render(Japanese(Clause("know-how-transfer", ClauseA, 0.9)));

        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2>概要</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>重大度別の所見数</figcaption>", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>流出経路別の所見数</figcaption>", html, StringComparison.Ordinal);
        Assert.Contains(">共同研究</text>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>所見</h3>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_JapaneseDocument_NamesStatusRiskAndDocumentTypeInJapaneseBesideTheirIds()
    {
        var html = HtmlReportRenderer.Render(Japanese(Clause("know-how-transfer", ClauseA, 0.9)) with { DocumentType = DocumentType.JointResearch });

        Assert.Contains("<dd>完了（Completed）</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>高（High）</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>共同研究開発契約（JointResearch）</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EnglishDocument_IsAnEnglishPage()
    {
        var document = new DocumentReport("a.txt", DocumentStatus.Completed, null, "en", 1, 1, RiskLevel.High, [Clause("know-how-transfer", "The Licensor shall train the staff of the Licensee.", 0.9)]);

        var html = HtmlReportRenderer.Render(document);

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Findings by route</figcaption>", html, StringComparison.Ordinal);
        Assert.Contains(">Joint research</text>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Title_IsTheFileNameAndThePathIsNotShown()
    {
        var html = HtmlReportRenderer.Render(Japanese(Clause("know-how-transfer", ClauseA, 0.9)));

        Assert.Contains("<title>共同研究契約書.pdf</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>共同研究契約書.pdf</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/home/someone", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uploads/2026/contract.pdf", "contract.pdf")]
    [InlineData(@"C:\Users\someone\contract.docx", "contract.docx")]
    [InlineData("contract.txt", "contract.txt")]
    public void FileName_IsTheLastSegmentOfAnyPath(string source, string expected) =>
        Assert.Equal(expected, HtmlReportRenderer.FileName(source));

    [Fact]
    public void Render_ClauseWithSeveralLabels_IsShownOnceWithAllItsLabels()
    {
        var html = HtmlReportRenderer.Render(Japanese(
            Clause("know-how-transfer", ClauseA, 0.9),
            Clause("license-grant", ClauseA, 0.8, Severity.Medium)));

        Assert.Single(Occurrences(html, ClauseA));
        Assert.Contains("<code>know-how-transfer</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>license-grant</code>", html, StringComparison.Ordinal);
        Assert.Single(Occurrences(html, "<tr><td class=\"sev-High\">"));
    }

    [Fact]
    public void Where_IsPageAndHeading_NeverTheOffset()
    {
        var finding = Clause("know-how-transfer", ClauseA, 0.9);

        Assert.Equal("3ページ · 第5条（技術指導）", HtmlReportRenderer.Where(finding, "ja"));
        Assert.Equal("p. 3 · 第5条（技術指導）", HtmlReportRenderer.Where(finding, "en"));
        Assert.DoesNotContain("offset", HtmlReportRenderer.Render(Japanese(finding)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_FindingBelowTheRiskConfidence_IsShownApartAsPossibleAndNotCounted()
    {
        var html = HtmlReportRenderer.Render(Japanese(Clause("know-how-transfer", ClauseA, 0.9), Clause("ip-ownership", ClauseB, 0.24)));

        var possible = html.IndexOf("<h3 class=\"possible\">可能性のある所見</h3>", StringComparison.Ordinal);
        Assert.InRange(html.IndexOf(ClauseA, StringComparison.Ordinal), 0, possible);
        Assert.True(html.IndexOf(ClauseB, StringComparison.Ordinal) > possible);
        Assert.Contains("集計対象: 確度 0.50 以上の所見 1 件", html, StringComparison.Ordinal);
        Assert.Contains("確度 0.50 未満の 1 件は「可能性のある所見」として別に示し", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"重大度別の所見数：高 1, 中 0, 低 0, 情報 0\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ConfiguredRiskConfidence_DecidesWhatIsCounted()
    {
        var report = new ScanReport([Japanese(Clause("know-how-transfer", ClauseA, 0.9), Clause("ip-ownership", ClauseB, 0.24))]);

        var html = HtmlReportRenderer.Render(report, minimumConfidence: 0.2);

        Assert.DoesNotContain("class=\"possible\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"重大度別の所見数：高 2, 中 0, 低 0, 情報 0\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SummaryChart_CountsRoutesOfTheCountedFindings()
    {
        var html = HtmlReportRenderer.Render(Japanese(
            Clause("know-how-transfer", ClauseA, 0.9),
            Clause("personnel", ClauseB, 0.7, Severity.Medium, "personnel-exchange"),
            Clause("ip-ownership", ClauseB, 0.3)));

        Assert.Contains("aria-label=\"流出経路別の所見数：人材交流 1, 共同研究 1\"", html, StringComparison.Ordinal);
        Assert.Equal(2, Occurrences(html, "<svg ").Count);
    }

    [Fact]
    public void Render_HostileRouteName_IsEscapedInTheSvg()
    {
        const string Hostile = "</text></svg><script>alert(1)</script><svg onload=alert(2)>";
        var finding = Clause("know-how-transfer", ClauseA, 0.9) with { Route = "x", RouteName = new LocalizedText("経路" + Hostile, "route" + Hostile) };

        var html = HtmlReportRenderer.Render(Japanese(finding));

        var svg = html[html.IndexOf("<svg ", StringComparison.Ordinal)..html.LastIndexOf("</svg>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(">経路&lt;/text&gt;&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;", svg, StringComparison.Ordinal);
        Assert.Equal(2, Occurrences(html, "</svg>").Count);
    }

    [Fact]
    public void SummaryChart_LongRouteName_IsBrokenAtASpaceAndAShortOneIsNot()
    {
        var longest = GuidanceCatalogue.Default.Route("fefta-prior-report").Name;

        var english = SummaryChart.Lines(longest.En);
        Assert.Equal(2, english.Count);
        Assert.Equal(longest.En, string.Join(' ', english));
        Assert.Single(SummaryChart.Lines(longest.Ja));
    }

    [Fact]
    public void Render_SeveralDocumentsOfMixedLanguages_GiveEachSectionItsLanguage()
    {
        var english = new DocumentReport("b/nda.txt", DocumentStatus.Completed, null, "en", 1, 1, RiskLevel.None, []);

        var html = HtmlReportRenderer.Render(new ScanReport([Japanese(), english]));

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Intake report: 2 documents</title>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"doc-1\" lang=\"ja\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"doc-2\" lang=\"en\"", html, StringComparison.Ordinal);
    }

    private static List<int> Occurrences(string html, string value)
    {
        var found = new List<int>();
        for (var at = html.IndexOf(value, StringComparison.Ordinal); at >= 0; at = html.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }
}
