using Intake.Pipeline.Classification;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;

namespace Intake.Pipeline.Tests.Reporting;

/// <summary>Reports built by hand for the renderer tests: one with hostile text, one of each status.</summary>
internal static class ReportSamples
{
    public const string HostileClause = "第5条（技術資料）<script>alert('x')</script> & \"quoted\" </td></table><img src=x onerror=alert(1)>";

    public static Finding ClauseFinding(string text = HostileClause) => new(
        "know-how-transfer", LabelFamily.Exposure, Severity.High, 0.912, text, "第5条（技術資料の提供）<b>", 2, 1204,
        FindingKind.Clause, ["技術指導", "<i>drawings</i>"], Recommendations.For("know-how-transfer"));

    public static Finding MissingSafeguard() => new(
        "export-compliance", LabelFamily.Safeguard, Severity.Medium, 1.0, null, null, null, null,
        FindingKind.MissingSafeguard, ["no export compliance (export-compliance) clause found, which a joint research agreement is expected to have"], Recommendations.For("export-compliance"));

    public static ScanReport OneOfEach() => new(
    [
        new DocumentReport("contracts/<b>joint</b>-research.pdf", DocumentStatus.Completed, null, "ja", 3, 24, RiskLevel.High, [ClauseFinding(), MissingSafeguard()])
        {
            Kind = DocumentKind.Pdf,
            DocumentType = DocumentType.JointResearch,
            RiskReasons = ["know-how-transfer (1 clause, high)"],
            ModelVersion = "test-1",
        },
        DocumentReport.NotScanned("scan.pdf", DocumentStatus.NeedsOcr, "no text layer", DocumentKind.Pdf, 2),
        DocumentReport.NotScanned("locked.pdf", DocumentStatus.Rejected, "encrypted", DocumentKind.Pdf),
        DocumentReport.NotScanned("odd.docx", DocumentStatus.Failed, "internal error while scanning: NullReferenceException"),
    ]);
}
