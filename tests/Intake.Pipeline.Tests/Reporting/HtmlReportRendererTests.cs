using Intake.Pipeline.Direction;
using Intake.Pipeline.Evidence;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Guidance;
using Intake.Pipeline.Reporting;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;

namespace Intake.Pipeline.Tests.Reporting;

public sealed class HtmlReportRendererTests
{
    [Fact]
    public void Render_HostileClauseText_IsEscaped()
    {
        var html = HtmlReportRenderer.Render(ReportSamples.OneOfEach());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/td&gt;&lt;/table&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp; &quot;quoted&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileTitle_IsEscaped()
    {
        var html = HtmlReportRenderer.Render(new ScanReport([]), "</title><script>alert(1)</script>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_Page_ForbidsScriptsAndLoadsNothingFromOutside()
    {
        var html = HtmlReportRenderer.Render(ReportSamples.OneOfEach());

        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Report_ShowsEveryDocumentStatusReasonAndFinding()
    {
        var html = HtmlReportRenderer.Render(ReportSamples.OneOfEach());

        foreach (var status in new[] { "Completed", "NeedsOcr", "Rejected", "Failed" })
        {
            Assert.Contains(status, html, StringComparison.Ordinal);
        }

        Assert.Contains("no text layer", html, StringComparison.Ordinal);
        Assert.Contains("know-how-transfer", html, StringComparison.Ordinal);
        Assert.Contains("欠落した保護条項", html, StringComparison.Ordinal);
        Assert.Contains("2ページ · 第5条（技術資料の提供）&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"document\" id=\"doc-1\" lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("4 文書：完了（Completed） 1、OCR が必要（NeedsOcr） 1、受付不可（Rejected） 1、処理失敗（Failed） 1 · リスク：高（High） 1", html, StringComparison.Ordinal);
        Assert.Equal("4 documents: 1 Completed, 1 NeedsOcr, 1 Rejected, 1 Failed · risk: 1 High", HtmlReportRenderer.SummaryLine(ReportSamples.OneOfEach().Documents));
    }

    [Fact]
    public void Render_OneDocument_IsAWholePage()
    {
        var html = HtmlReportRenderer.Render(ReportSamples.OneOfEach().Documents[1], "Report for scan.pdf");

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.Contains("<title>Report for scan.pdf</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_MissingSafeguard_IsTheWholeDocument()
    {
        Assert.Equal("whole document", HtmlReportRenderer.Where(ReportSamples.MissingSafeguard()));
    }

    [Fact]
    public void Render_RouteBasisAdviceAndDirection_AreShownAndEscaped()
    {
        const string Hostile = "<script>alert('x')</script>";
        var finding = ReportSamples.ClauseFinding() with
        {
            Route = "joint-research",
            RouteName = new LocalizedText("共同研究" + Hostile, "Joint research"),
            Basis = [new Basis(BasisKind.Practice, null, null, new LocalizedText("実務" + Hostile, "practice"))],
            Evidence = new FindingEvidence([], [], new LocalizedText("理由" + Hostile, "why")),
            Recommendation = "対応" + Hostile,
            Direction = new FindingDirection(Favours.Us, "乙", null, new LocalizedText("向き" + Hostile, "direction")),
        };
        var document = new DocumentReport("a.txt", DocumentStatus.Completed, null, "ja", 1, 1, RiskLevel.None, [finding]);

        var html = HtmlReportRenderer.Render(document);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("経路：共同研究&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("実務：実務&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("重要な理由：理由&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("推奨対応：対応&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("条項の向き：向き&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
