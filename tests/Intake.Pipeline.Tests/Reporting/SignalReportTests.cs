using Intake.Pipeline.Classification;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Reporting;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Signals;
using Intake.Pipeline.Signals.Parties;
using Intake.Pipeline.Signals.Screening;

namespace Intake.Pipeline.Tests.Reporting;

/// <summary>Signals in the JSON and HTML reports: added fields, a Signals section above the findings, everything escaped.</summary>
public sealed class SignalReportTests
{
    private const string HostileName = "<script>alert(1)</script> Co., Ltd.";

    private static DocumentReport Report() => new("licence.txt", DocumentStatus.Completed, null, "en", 1, 3, RiskLevel.High,
    [
        new Finding(SignalLabels.RestrictedParty, LabelFamily.Exposure, Severity.High, 1.0, "made by and between " + HostileName, null, 1, 0, FindingKind.Signal,
            ["\"" + HostileName + "\" matches"], "confirm the listing")
        {
            Signal = new SignalDetail("End User List", HostileName, HostileName, HostileName, SignalBasis.ExactName) { Country = "XX" },
        },
        ReportSamples.ClauseFinding(),
    ])
    {
        Parties = [new Party(HostileName, "Licensee", PartySection.Preamble, 1, 0)],
        Screening = new PartyScreening(true, ["lists/eul.csv"], 12, 3, "screened: 1 listed entity matched or resembled"),
    };

    [Fact]
    public void Html_SignalsSection_ComesBeforeTheClauseFindingsAndIsEscaped()
    {
        var html = HtmlReportRenderer.Render(Report());

        var signals = html.IndexOf("<h3 class=\"signals\">Signals</h3>", StringComparison.Ordinal);
        var findings = html.IndexOf("<h3>Findings</h3>", StringComparison.Ordinal);
        Assert.InRange(signals, 0, findings - 1);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("restricted-party", html[signals..findings], StringComparison.Ordinal);
        Assert.Contains("lists/eul.csv", html[signals..findings], StringComparison.Ordinal);
        Assert.DoesNotContain("restricted-party", html[findings..], StringComparison.Ordinal);
    }

    [Fact]
    public void Html_NotScreened_SaysSo()
    {
        var html = HtmlReportRenderer.Render(Report() with { Findings = [], Screening = PartyScreening.NotScreened });

        Assert.Contains("the parties were not screened", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_JapaneseDocument_SaysWherePartiesWereFoundAndHowTheyWereScreenedInJapanese()
    {
        var japanese = Report() with { Language = "ja" };

        var screened = HtmlReportRenderer.Render(japanese);
        var notScreened = HtmlReportRenderer.Render(japanese with { Findings = [], Screening = PartyScreening.NotScreened });

        Assert.Contains("— 前文、", screened, StringComparison.Ordinal);
        Assert.Contains("照合済み：リスト掲載者に一致または類似する名称が 1 件ある（lists/eul.csv の 12 件に対し 3 名を照合）", screened, StringComparison.Ordinal);
        Assert.DoesNotContain("screened:", screened, StringComparison.Ordinal);
        Assert.DoesNotContain("preamble", screened, StringComparison.Ordinal);
        Assert.Contains("照合リストが設定されていないため、当事者は照合していない", notScreened, StringComparison.Ordinal);
        Assert.DoesNotContain("not screened", notScreened, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_CarriesPartiesScreeningAndTheSignal_AndReadsBack()
    {
        var json = ReportJson.Serialize(new ScanReport([Report()]));

        Assert.Contains("\"parties\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"screening\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"Signal\"", json, StringComparison.Ordinal);
        Assert.Contains("\"basis\": \"ExactName\"", json, StringComparison.Ordinal);
        Assert.Contains("\"section\": \"Preamble\"", json, StringComparison.Ordinal);
        var back = ReportJson.DeserializeScanReport(json)!.Documents[0];
        Assert.Equal("Licensee", Assert.Single(back.Parties).Role);
        Assert.Equal("End User List", back.Findings[0].Signal!.List);
        Assert.True(back.Screening!.Screened);
    }
}
