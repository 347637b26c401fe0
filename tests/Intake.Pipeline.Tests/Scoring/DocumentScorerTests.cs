using Intake.Pipeline.Classification;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Segmentation;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Tests.Scoring;

public sealed class DocumentScorerTests
{
    private static readonly DocumentScorer Scorer = new(Options.Create(new ScoringOptions()));

    private static Clause ClauseOf(string text, int offset = 0) => new(text, "Article 1", "1", 1, offset, "en");

    private static ClauseClassification Labelled(params (string Label, float Score)[] labels) =>
        new([.. labels.Select(l => new LabelPrediction(l.Label, l.Score, ["term"]))]);

    [Fact]
    public void Score_PerpetualIrrevocableLicence_IsRaisedToHigh()
    {
        var clauses = new[] { ClauseOf("Licensor grants Licensee a perpetual, irrevocable licence to use the Technology.") };

        var score = Scorer.Score(clauses, [Labelled(("license-grant", 0.9f))], DocumentType.Unknown);

        var finding = Assert.Single(score.Findings);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains(finding.Explanation, e => e.Contains("perpetual", StringComparison.Ordinal));
        Assert.Equal(RiskLevel.High, score.RiskLevel);
    }

    [Fact]
    public void Score_NonSublicensableLicence_StaysMedium()
    {
        var clauses = new[] { ClauseOf("Licensor grants Licensee a non-exclusive, non-sublicensable licence.") };

        var score = Scorer.Score(clauses, [Labelled(("license-grant", 0.9f), ("assignment-restriction", 0.8f))], DocumentType.Unknown);

        Assert.Equal(Severity.Medium, score.Findings.Single(f => f.Label == "license-grant").Severity);
        Assert.Equal(Severity.Info, score.Findings.Single(f => f.Label == "assignment-restriction").Severity);
        Assert.Equal(RiskLevel.Medium, score.RiskLevel);
    }

    [Fact]
    public void Score_GoverningLawOfTheHomeJurisdiction_IsNotARisk()
    {
        var clauses = new[] { ClauseOf("本契約の準拠法は日本法とする。") };

        var score = Scorer.Score(clauses, [Labelled(("foreign-jurisdiction", 0.95f))], DocumentType.Unknown);

        Assert.Equal(Severity.Info, Assert.Single(score.Findings).Severity);
        Assert.Equal(RiskLevel.None, score.RiskLevel);
    }

    [Fact]
    public void Score_JointResearchWithoutExportClause_ReportsTheMissingSafeguards()
    {
        var clauses = new[] { ClauseOf("Each party shall keep the other's information confidential.") };

        var score = Scorer.Score(clauses, [Labelled(("confidentiality", 0.9f))], DocumentType.JointResearch);

        var missing = score.Findings.Where(f => f.Kind == FindingKind.MissingSafeguard).Select(f => f.Label).Order().ToList();
        Assert.Equal(["change-of-control", "export-compliance"], missing);
        Assert.Equal(RiskLevel.Medium, score.RiskLevel);
        Assert.Contains("missing safeguard: export-compliance", score.RiskReasons);
    }

    [Fact]
    public void Score_LowConfidenceExposure_DoesNotRaiseTheRisk()
    {
        var clauses = new[] { ClauseOf("Supplier shall deliver the drawings.") };

        var score = Scorer.Score(clauses, [Labelled(("know-how-transfer", 0.3f))], DocumentType.Unknown);

        Assert.Single(score.Findings);
        Assert.Equal(RiskLevel.None, score.RiskLevel);
    }

    [Fact]
    public void Score_MismatchedCounts_AreRejected()
    {
        Assert.Throws<ArgumentException>(() => Scorer.Score([ClauseOf("a")], [], DocumentType.Unknown));
    }
}
