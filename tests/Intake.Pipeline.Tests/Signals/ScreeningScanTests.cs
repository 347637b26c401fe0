using Intake.Pipeline.Classification;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Signals;
using Intake.Pipeline.Signals.Screening;

namespace Intake.Pipeline.Tests.Signals;

/// <summary>Screening through the scanner: the finding, the risk level, and the report's word on what was screened.</summary>
public sealed class ScreeningScanTests
{
    private const string Csv = "name,aliases,country,list,reason\n\"Orion Tech Co., Ltd.\",Orion Technologies|オリオン科技有限公司,XX,End User List,WMD procurement\nKestrel Optronics,,,,\n";

    private const string Licence = """
        LICENSE AGREEMENT

        This License Agreement is made by and between Northgate Components Ltd., a company organised under the laws of Japan ("Licensor"), and {0} ("Licensee").

        Article 1 (Grant)
        Licensor grants Licensee a non-exclusive licence to use the trademarks.
        """;

    [Fact]
    public async Task Scan_CounterpartyOnTheList_IsAHighRestrictedParty()
    {
        var report = await SignalScans.ScanAsync(Licence.Replace("{0}", "ORION TECH COMPANY LIMITED", StringComparison.Ordinal), SignalScans.List(Csv));

        var finding = Assert.Single(report.Findings, f => f.Label == SignalLabels.RestrictedParty);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(SignalBasis.ExactName, finding.Signal!.Basis);
        Assert.Equal("End User List", finding.Signal.List);
        Assert.Equal("XX", finding.Signal.Country);
        Assert.Contains(finding.Explanation, e => e.Contains("(Licensee)", StringComparison.Ordinal));
        Assert.Contains(finding.Explanation, e => e.Contains("not used in scoring", StringComparison.Ordinal));
        Assert.Equal(RiskLevel.High, report.RiskLevel);
        Assert.True(report.Screening!.Screened);
        Assert.Equal(["lists/test.csv"], report.Screening.Lists);
    }

    [Fact]
    public async Task Scan_JapaneseCounterpartyThroughAnAlias_IsAHighRestrictedPartyInJapanese()
    {
        const string text = "業務委託契約書\n\n株式会社ミナト電子（以下「甲」という。）とオリオン科技有限公司（以下「乙」という。）は、次のとおり契約を締結する。\n\n第1条（委託）\n甲は乙に業務を委託する。\n";

        var report = await SignalScans.ScanAsync(text, SignalScans.List(Csv));

        var finding = Assert.Single(report.Findings, f => f.Label == SignalLabels.RestrictedParty);
        Assert.Equal(SignalBasis.Alias, finding.Signal!.Basis);
        Assert.Contains(finding.Explanation, e => e.Contains("別名", StringComparison.Ordinal));
        Assert.Contains("輸出管理", finding.Recommendation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_ListedParentNamedInTheRecitals_IsFoundToo()
    {
        const string text = """
            SHARE SUBSCRIPTION AGREEMENT

            This Agreement is made between Northgate Components Ltd. ("Company") and Bluefin Capital LLC ("Investor").

            WHEREAS, the Investor is a wholly owned subsidiary of Orion Technologies and wishes to subscribe for shares of the Company.
            """;

        var report = await SignalScans.ScanAsync(text, SignalScans.List(Csv));

        var finding = Assert.Single(report.Findings, f => f.Label == SignalLabels.RestrictedParty);
        Assert.Equal(SignalBasis.Alias, finding.Signal!.Basis);
        Assert.Equal(RiskLevel.High, report.RiskLevel);
    }

    [Fact]
    public async Task Scan_CloseVariantOfAListedName_IsMediumAndNamesTheListedEntity()
    {
        var report = await SignalScans.ScanAsync(Licence.Replace("{0}", "Kestrel Optronic GmbH", StringComparison.Ordinal), SignalScans.List(Csv));

        var finding = Assert.Single(report.Findings, f => f.Label == SignalLabels.RestrictedParty);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal("Kestrel Optronics", finding.Signal!.Entry);
        Assert.Contains(finding.Explanation, e => e.Contains("resembles \"Kestrel Optronics\"", StringComparison.Ordinal));
        Assert.NotEqual(RiskLevel.High, report.RiskLevel);
    }

    [Fact]
    public async Task Scan_UnlistedCompanies_GiveNoFindingButSayTheyWereScreened()
    {
        var report = await SignalScans.ScanAsync(Licence.Replace("{0}", "Harbor Robotics Inc.", StringComparison.Ordinal), SignalScans.List(Csv));

        Assert.DoesNotContain(report.Findings, f => f.Label == SignalLabels.RestrictedParty);
        Assert.True(report.Screening!.Screened);
        Assert.Equal(2, report.Screening.Entries);
        Assert.Equal(2, report.Parties.Count);
    }

    [Fact]
    public async Task Scan_NoListConfigured_SaysThePartiesWereNotScreened()
    {
        var report = await SignalScans.ScanAsync(Licence.Replace("{0}", "ORION TECH COMPANY LIMITED", StringComparison.Ordinal));

        Assert.False(report.Screening!.Screened);
        Assert.Contains("not screened", report.Screening.Note, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => f.Label == SignalLabels.RestrictedParty);
    }

    [Fact]
    public async Task Scan_ListThatCannotBeRead_RefusesTheDocumentNamingTheLine()
    {
        var report = await SignalScans.ScanAsync(Licence, new BrokenListSource());

        Assert.Equal(DocumentStatus.Failed, report.Status);
        Assert.Contains("screening-lists/eul.csv, line 7", report.Reason, StringComparison.Ordinal);
        Assert.Empty(report.Findings);
    }

    private sealed class BrokenListSource : IScreeningListSource
    {
        public ValueTask<ScreeningListSet> GetAsync(CancellationToken cancellationToken = default) =>
            throw new ScreeningListException("screening-lists/eul.csv", 7, "malformed CSV");
    }
}
