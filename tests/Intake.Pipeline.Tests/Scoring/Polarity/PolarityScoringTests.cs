using Intake.Pipeline.Classification;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Scoring.Polarity;
using Intake.Pipeline.Segmentation;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Tests.Scoring.Polarity;

/// <summary>
/// The pairs through the scorer, with the labels the shipped model gives such clauses (checked with
/// <c>intake classify</c>: it reads both sides of a pair as the safeguard, and restrictions on export
/// as <c>end-use</c>). Permissions must never credit the safeguard; restrictions must never be exposures.
/// </summary>
public sealed class PolarityScoringTests
{
    private static readonly DocumentScorer Scorer = new(Options.Create(new ScoringOptions()));

    [Theory]
    [MemberData(nameof(PolarityPair.Ids), MemberType = typeof(PolarityPair))]
    public void Score_PermissionOfThePair_CreditsNoSafeguardAndRaisesTheExposure(string id)
    {
        var pair = PolarityPair.Get(id);

        var findings = ScoreAsTheModelLabelsIt(pair, pair.Permission);

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Clause && f.Label == SafeguardOf(pair.Topic));
        var exposure = Assert.Single(findings, f => f.Family == LabelFamily.Exposure && f.Label == ExposureOf(pair.Topic));
        Assert.True(exposure.Severity >= Severity.Medium, $"{exposure.Label} is {exposure.Severity}");
        Assert.Contains(exposure.Explanation, e => e.StartsWith(pair.Lang == "ja" ? "許容" : "permission", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PolarityPair.Ids), MemberType = typeof(PolarityPair))]
    public void Score_RestrictionOfThePair_IsNoExposureOfTheAct(string id)
    {
        var pair = PolarityPair.Get(id);

        var findings = ScoreAsTheModelLabelsIt(pair, pair.Restriction);

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Permission);
        Assert.DoesNotContain(findings, f => f.Label is "end-use" or "improvements");
        Assert.DoesNotContain(findings, f => f.Label == "license-grant" && f.Severity == Severity.High);
        if (SafeguardOf(pair.Topic) is { } safeguard)
        {
            Assert.Contains(findings, f => f.Kind == FindingKind.Clause && f.Label == safeguard && f.Family == LabelFamily.Safeguard);
        }
    }

    [Fact]
    public void Score_SubcontractingWithoutConsent_DoesNotSatisfyTheMissingSafeguardCheck()
    {
        var clause = new Clause("The Supplier may subcontract any of its obligations without the consent of the Customer.", "Article 9", "9", 1, 0, "en");

        var score = Scorer.Score([clause], [Labelled(("assignment-restriction", 0.99f))], DocumentType.Licence);

        Assert.Contains(score.Findings, f => f.Kind == FindingKind.MissingSafeguard && f.Label == "assignment-restriction");
        var permission = Assert.Single(score.Findings, f => f.Kind == FindingKind.Permission);
        Assert.Equal(Severity.Medium, permission.Severity);
        Assert.Equal(LabelFamily.Exposure, permission.Family);
        Assert.Contains(score.RiskReasons, r => r.StartsWith("permitted without consent, against assignment-restriction", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_NoRightToExportOutsideTheTerritory_IsNotEndUseHigh()
    {
        var clause = new Clause("Distributor shall have no right to export the Products outside the Territory.", "Article 4 Territory", "4", 1, 0, "en");

        var score = Scorer.Score([clause], [Labelled(("end-use", 0.98f))], DocumentType.Supply);

        Assert.DoesNotContain(score.Findings, f => f.Label == "end-use");
        Assert.Contains(score.Findings, f => f.Label == "export-compliance" && f.Kind == FindingKind.Clause);
        Assert.Equal(RiskLevel.None, score.RiskLevel);
    }

    [Fact]
    public void Score_SellingOnlyInTheTerritory_IsNotEndUseButCreditsNoExportSafeguard()
    {
        var clause = new Clause("乙は、許諾製品を許諾地域外で販売してはならない。", "第4条（地域）", "4", 1, 0, "ja");

        var score = Scorer.Score([clause], [Labelled(("end-use", 0.9f))], DocumentType.Unknown);

        Assert.Empty(score.Findings);
    }

    [Fact]
    public void Score_ReExportBanBesideAMilitaryEndUse_KeepsTheEndUseFinding()
    {
        var clause = new Clause("Buyer shall not re-export the Goods, which are for use by the Ministry of Defence.", "Article 6", "6", 1, 0, "en");

        var score = Scorer.Score([clause], [Labelled(("end-use", 0.95f))], DocumentType.Unknown);

        Assert.Contains(score.Findings, f => f.Label == "end-use" && f.Severity == Severity.High);
    }

    [Fact]
    public void Score_BanOnReverseEngineering_IsNotImprovementsHigh()
    {
        var clause = new Clause("Licensee shall not reverse engineer, modify or create derivative works of the Software.", "Article 7 Restrictions", "7", 1, 0, "en");

        var score = Scorer.Score([clause], [Labelled(("improvements", 0.9f), ("confidentiality", 0.7f))], DocumentType.Unknown);

        Assert.DoesNotContain(score.Findings, f => f.Label == "improvements");
        Assert.Single(score.Findings, f => f.Label == "confidentiality");
        Assert.Equal(RiskLevel.None, score.RiskLevel);
    }

    [Fact]
    public void Score_ImprovementsOwnedByTheLicensee_StayAnExposureBesideAReverseEngineeringBan()
    {
        var clause = new Clause("Licensee shall not reverse engineer the Software. Improvements made by Licensee shall belong to Licensee.", "Article 7", "7", 1, 0, "en");

        var score = Scorer.Score([clause], [Labelled(("improvements", 0.9f))], DocumentType.Unknown);

        Assert.Contains(score.Findings, f => f.Label == "improvements" && f.Severity == Severity.High);
    }

    [Fact]
    public void Score_NonAssignableButFreelySubcontractable_CreditsTheRestrictionAndFlagsThePermission()
    {
        var clause = new Clause("乙は、本契約上の地位を第三者に譲渡してはならない。乙は、甲の承諾を得ることなく、本業務を再委託することができる。", "第12条", "12", 1, 0, "ja");

        var score = Scorer.Score([clause], [Labelled(("assignment-restriction", 0.99f))], DocumentType.Licence);

        Assert.Contains(score.Findings, f => f.Kind == FindingKind.Clause && f.Label == "assignment-restriction");
        Assert.Contains(score.Findings, f => f.Kind == FindingKind.Permission && f.Explanation.Contains("許容: 承諾なく再委託を認めている"));
        Assert.DoesNotContain(score.Findings, f => f.Kind == FindingKind.MissingSafeguard && f.Label == "assignment-restriction");
    }

    [Fact]
    public void Score_LicenceThatMayNotBeUsedAfterTermination_IsNotRaisedToHigh()
    {
        var clause = new Clause("Licensee shall not use the Licensed Technology after the termination of this Agreement.", "Article 2", "2", 1, 0, "en");

        var score = Scorer.Score([clause], [Labelled(("license-grant", 0.8f))], DocumentType.Unknown);

        Assert.Equal(Severity.Medium, Assert.Single(score.Findings).Severity);
    }

    private static IReadOnlyList<Finding> ScoreAsTheModelLabelsIt(PolarityPair pair, string text)
    {
        var clause = new Clause(text, null, null, 1, 0, pair.Lang);
        return Scorer.Score([clause], [Labelled(ModelLabels(pair.Topic))], DocumentType.Unknown).Findings;
    }

    // What the shipped model decides on such clauses (see the class summary): both sides look alike to it.
    private static (string, float)[] ModelLabels(PolarityTopic topic) => topic switch
    {
        PolarityTopic.Assignment or PolarityTopic.Subcontracting => [("assignment-restriction", 0.99f)],
        PolarityTopic.Sublicensing => [("assignment-restriction", 0.9f), ("license-grant", 0.8f)],
        PolarityTopic.Export => [("end-use", 0.98f), ("export-compliance", 0.9f)],
        PolarityTopic.UseAfterTermination => [("license-grant", 0.85f)],
        PolarityTopic.ReverseEngineering => [("confidentiality", 0.95f), ("improvements", 0.6f)],
        _ => [("improvements", 0.9f)],
    };

    private static string? SafeguardOf(PolarityTopic topic) => topic switch
    {
        PolarityTopic.Assignment or PolarityTopic.Sublicensing or PolarityTopic.Subcontracting => "assignment-restriction",
        PolarityTopic.Export => "export-compliance",
        PolarityTopic.ReverseEngineering => "confidentiality",
        _ => null,
    };

    private static string ExposureOf(PolarityTopic topic) => topic switch
    {
        PolarityTopic.Sublicensing or PolarityTopic.UseAfterTermination => "license-grant",
        PolarityTopic.Export => "end-use",
        PolarityTopic.Modification => "improvements",
        PolarityTopic.ReverseEngineering => "confidentiality",
        _ => "assignment-restriction",
    };

    private static ClauseClassification Labelled(params (string Label, float Score)[] labels) =>
        new([.. labels.Select(l => new LabelPrediction(l.Label, l.Score, ["term"]))]);
}
