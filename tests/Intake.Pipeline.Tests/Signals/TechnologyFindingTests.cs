using Intake.Pipeline.Classification;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Signals;

namespace Intake.Pipeline.Tests.Signals;

/// <summary>Contracts written for these tests, scanned whole: which technology findings they raise, and which they must not.</summary>
public sealed class TechnologyFindingTests
{
    private static IEnumerable<Finding> Signals(Intake.Pipeline.Scanning.DocumentReport report) => report.Findings.Where(f => f.Kind == FindingKind.Signal);

    [Fact]
    public async Task Scan_EnglishLicenceTeachingMlccManufacture_RaisesAHighDesignatedTechnologyFinding()
    {
        const string text = """
            TECHNOLOGY LICENSE AGREEMENT

            Article 1 (Technical Assistance)
            Licensor shall provide Licensee with the know-how and technical assistance needed to manufacture multilayer ceramic capacitors (MLCC) at Licensee's plant.

            Article 2 (Governing Law)
            This Agreement is governed by the laws of Japan.
            """;

        var report = await SignalScans.ScanAsync(text);

        var finding = Assert.Single(Signals(report), f => f.Label == SignalLabels.DesignatedTechnology);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal("mlcc", finding.Signal!.Entry);
        Assert.Equal(SignalBasis.TechnologyTransfer, finding.Signal.Basis);
        Assert.Contains(finding.Explanation, e => e.Contains("know-how-transfer", StringComparison.Ordinal));
        Assert.Contains("prior report", finding.Recommendation, StringComparison.Ordinal);
        Assert.Contains(finding.Explanation, e => e.StartsWith("source: ", StringComparison.Ordinal));
        Assert.Equal(RiskLevel.High, report.RiskLevel);
        Assert.Contains(report.RiskReasons, r => r.StartsWith("designated-technology: multilayer ceramic capacitors", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scan_JapaneseContractDisclosingMagneticSensorTechnology_SpeaksJapaneseAndNamesThePriorReport()
    {
        const string text = """
            技術援助契約書

            第1条（定義）
            本契約において「本技術」とは、甲が保有する磁気センサーの設計及び製造に関する技術をいう。

            第2条（実施許諾）
            甲は、乙に対し、本技術の実施を許諾する。
            """;

        var report = await SignalScans.ScanAsync(text);

        var finding = Assert.Single(Signals(report), f => f.Label == SignalLabels.DesignatedTechnology);
        Assert.Equal("magnetic-sensor", finding.Signal!.Entry);
        Assert.Contains(finding.Explanation, e => e.Contains("2025年6月9日", StringComparison.Ordinal));
        Assert.Contains(finding.Explanation, e => e.Contains("第2条", StringComparison.Ordinal) && e.Contains("license-grant", StringComparison.Ordinal));
        Assert.Contains("事前報告", finding.Recommendation, StringComparison.Ordinal);
        Assert.Contains(finding.Explanation, e => e.StartsWith("出典: 経済産業省", StringComparison.Ordinal));
        Assert.Equal(RiskLevel.High, report.RiskLevel);
    }

    [Fact]
    public async Task Scan_JointResearchOnSolidElectrolytes_IsATransferEvenWithoutATransferClause()
    {
        const string text = """
            共同研究契約書

            第1条（目的）
            甲及び乙は、全固体電池に用いる固体電解質の共同研究を行う。
            """;

        var report = await SignalScans.ScanAsync(text);

        Assert.Equal("solid-electrolyte", Assert.Single(Signals(report), f => f.Label == SignalLabels.DesignatedTechnology).Signal!.Entry);
    }

    [Theory]
    [InlineData("SUPPLY AGREEMENT\n\nArticle 1 (Sale)\nSupplier shall sell and deliver to Buyer the multilayer ceramic capacitors listed in Exhibit A at the prices stated there.\n")]
    [InlineData("売買契約書\n\n第1条（売買）\n売主は、買主に対し、別紙記載の積層セラミックコンデンサを売り渡し、買主はこれを買い受ける。\n")]
    [InlineData("PURCHASE ORDER TERMS\n\nArticle 1 (Goods)\nSeller shall deliver 500 kg of carbon fiber tow and 20 rolls of electrolytic copper foil to Buyer's warehouse.\n")]
    public async Task Scan_DesignatedTechnologySoldOnlyAsGoods_GivesNoDesignatedTechnologyFinding(string text)
    {
        var report = await SignalScans.ScanAsync(text);

        Assert.DoesNotContain(report.Findings, f => f.Label is SignalLabels.DesignatedTechnology or SignalLabels.ControlledItem);
        Assert.NotEqual(RiskLevel.High, report.RiskLevel);
    }

    [Fact]
    public async Task Scan_MlccSoldAsGoods_IsStillACommonHighPriorityItemToExportWithCare()
    {
        var report = await SignalScans.ScanAsync("SUPPLY AGREEMENT\n\nArticle 1 (Sale)\nSupplier shall sell and deliver to Buyer multilayer ceramic capacitors.\n");

        var finding = Assert.Single(Signals(report));
        Assert.Equal(SignalLabels.HighPriorityItem, finding.Label);
        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Equal(SignalBasis.Goods, finding.Signal!.Basis);
    }

    [Theory]
    [InlineData("TECHNOLOGY LICENSE AGREEMENT\n\nArticle 1 (Know-how)\nLicensor shall disclose to Licensee the know-how for producing lithium titanate anode powder.\n")]
    [InlineData("技術援助契約書\n\n第1条（技術指導）\n甲は乙に対し、チタン酸リチウムの製造に関する技術指導を行う。\n")]
    [InlineData("MARKETING SERVICES AGREEMENT\n\nArticle 1 (Licence)\nAgency hereby grants Client a licence to use its SEM and SEO know-how for search campaigns.\n")]
    public async Task Scan_SimilarWordsInATechnologyTransfer_GiveNoSignal(string text)
    {
        var report = await SignalScans.ScanAsync(text);

        Assert.Empty(Signals(report));
    }

    [Fact]
    public async Task Scan_QuantumComputerTechnologyLicensed_IsAHighControlledItem()
    {
        var report = await SignalScans.ScanAsync("LICENSE AGREEMENT\n\nArticle 1 (Grant)\nLicensor hereby grants Licensee a licence to the design technology of its quantum computer control system.\n");

        var finding = Assert.Single(Signals(report), f => f.Label == SignalLabels.ControlledItem);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains(finding.Explanation, e => e.Contains("第20条第1項第3号", StringComparison.Ordinal));
        Assert.Contains("all destinations", finding.Recommendation, StringComparison.Ordinal);
        Assert.Equal(RiskLevel.High, report.RiskLevel);
    }

    [Fact]
    public async Task Scan_QuantumComputerSoldAsGoods_IsAMediumControlledItemNamingTheGoodsProvision()
    {
        var report = await SignalScans.ScanAsync("SALES AGREEMENT\n\nArticle 1 (Sale)\nSeller shall sell one quantum computer to Buyer, delivered to Buyer's laboratory.\n");

        var finding = Assert.Single(Signals(report), f => f.Label == SignalLabels.ControlledItem);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(SignalBasis.Goods, finding.Signal!.Basis);
        Assert.Contains(finding.Explanation, e => e.Contains("第7条第6号", StringComparison.Ordinal));
        Assert.Equal(RiskLevel.Medium, report.RiskLevel);
    }

    [Fact]
    public async Task Scan_GaafetTechnologyInJapanese_IsAHighControlledItem()
    {
        var report = await SignalScans.ScanAsync("技術援助契約書\n\n第1条（技術指導）\n甲は乙に対し、GAAトランジスタの製造プロセスに関する技術指導を行う。\n");

        var finding = Assert.Single(Signals(report), f => f.Label == SignalLabels.ControlledItem);
        Assert.Equal("gaafet", finding.Signal!.Entry);
        Assert.Contains("全地域", finding.Recommendation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_EmergingAreaInATransfer_IsInformationOnly()
    {
        var report = await SignalScans.ScanAsync("LICENSE AGREEMENT\n\nArticle 1 (Know-how)\nLicensor shall provide the know-how of its hypersonic wind-tunnel measurement method.\n");

        var finding = Assert.Single(Signals(report));
        Assert.Equal(SignalLabels.EmergingTechnology, finding.Label);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.DoesNotContain(report.RiskReasons, r => r.StartsWith(SignalLabels.EmergingTechnology, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scan_WithoutAClauseModel_StillReportsTheSignalsOfAJointResearchDocument()
    {
        var report = await SignalScans.ScanAsync("JOINT RESEARCH AGREEMENT\n\nArticle 1 (Purpose)\nThe parties shall jointly develop photoresist formulations for EUV lithography.\n", withModel: false);

        Assert.Contains(report.Findings, f => f.Label == SignalLabels.DesignatedTechnology && f.Signal!.Entry == "photoresist");
        Assert.All(report.Findings, f => Assert.Equal(FindingKind.Signal, f.Kind));
        Assert.Equal(RiskLevel.High, report.RiskLevel);
    }

    [Fact]
    public async Task Scan_WithoutAClauseModel_StillTiesTheSignalsToTheirRouteAndGuidance()
    {
        var report = await SignalScans.ScanAsync("共同研究開発契約書\n\n第1条（目的）\n甲および乙は、EUV露光用フォトレジストの製造技術を共同開発する。\n", withModel: false);

        var signal = Assert.Single(report.Findings, f => f.Label == SignalLabels.DesignatedTechnology);
        Assert.NotNull(signal.Route);
        Assert.NotEmpty(signal.Basis);
        Assert.Contains("事前報告", signal.Advice!.Ja, StringComparison.Ordinal);
    }
}
