using Intake.Pipeline.Classification;
using Intake.Pipeline.Direction;
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
    public void Score_JapaneseJointResearchWithoutExportClause_ExplainsTheGapInJapaneseWords()
    {
        var clauses = new[] { new Clause("甲および乙は、相手方の秘密情報を第三者に開示してはならない。", "第5条（秘密保持）", "5", 1, 0, "ja") };

        var score = Scorer.Score(clauses, [Labelled(("confidentiality", 0.9f))], DocumentType.JointResearch, new ScoringContext("ja", null, null));

        var missing = score.Findings.Single(f => f.Kind == FindingKind.MissingSafeguard && f.Label == "export-compliance");
        Assert.Equal("共同研究開発契約に通常置かれる輸出管理（export-compliance）の条項が見当たらない", Assert.Single(missing.Explanation));
    }

    [Fact]
    public void Score_JapaneseDocument_GivesItsRiskReasonsInJapanese()
    {
        var clauses = new[] { new Clause("乙は、本技術に関するノウハウを甲の技術者に指導する。", "第4条（技術指導）", "4", 1, 0, "ja") };

        var score = Scorer.Score(clauses, [Labelled(("know-how-transfer", 0.9f))], DocumentType.Unknown, new ScoringContext("ja", null, null));

        Assert.Equal(["技術指導・ノウハウの提供（know-how-transfer）：1 条項・高"], score.RiskReasons);
    }

    [Fact]
    public void Score_EnglishJointResearchWithoutExportClause_NamesTheDocumentTypeInWords()
    {
        var clauses = new[] { ClauseOf("Each party shall keep the other's information confidential.") };

        var score = Scorer.Score(clauses, [Labelled(("confidentiality", 0.9f))], DocumentType.JointResearch);

        var missing = score.Findings.Single(f => f.Kind == FindingKind.MissingSafeguard && f.Label == "export-compliance");
        Assert.Equal("no export compliance (export-compliance) clause found, which a joint research agreement is expected to have", Assert.Single(missing.Explanation));
    }

    [Fact]
    public void Score_BroadJapaneseLicence_GivesItsReasonInJapanese()
    {
        var clauses = new[] { new Clause("甲は、乙に対し、本技術を永久に実施する権利を許諾する。", "第3条（実施許諾）", "3", 1, 0, "ja") };

        var score = Scorer.Score(clauses, [Labelled(("license-grant", 0.9f))], DocumentType.Unknown, new ScoringContext("ja", null, null));

        var finding = Assert.Single(score.Findings);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains("広い許諾：「永久」", finding.Explanation);
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

    private const string Preamble = "株式会社アルファ（以下「甲」という。）と株式会社ベータ（以下「乙」という。）は、次のとおり契約を締結する。";

    private static Clause JapaneseClause(string text) => new(text, "第1条（帰属）", "1", 1, Preamble.Length + 1, "ja");

    [Fact]
    public void Score_OurPartyReceivesTheResults_DropsToInfoAndTheRiskLevelFalls()
    {
        var clauses = new[] { JapaneseClause("本研究の成果に係る知的財産権は、乙に帰属する。") };
        var labels = new[] { Labelled(("ip-ownership", 0.95f)) };

        var without = Scorer.Score(clauses, labels, DocumentType.Unknown, new ScoringContext("ja", null, Preamble));
        var ours = Scorer.Score(clauses, labels, DocumentType.Unknown, new ScoringContext("ja", "乙", Preamble));
        var theirs = Scorer.Score(clauses, labels, DocumentType.Unknown, new ScoringContext("ja", "甲", Preamble));

        Assert.Equal(RiskLevel.High, without.RiskLevel);
        Assert.False(without.Direction.Considered);
        Assert.Null(without.Findings.Single().Direction);

        Assert.Equal(Severity.Info, ours.Findings.Single().Severity);
        Assert.Equal(Favours.Us, ours.Findings.Single().Direction!.Favours);
        Assert.Contains("Info", ours.Findings.Single().Direction!.Reason.Ja, StringComparison.Ordinal);
        Assert.Equal(RiskLevel.None, ours.RiskLevel);
        Assert.True(ours.Direction.Considered);

        Assert.Equal(Severity.High, theirs.Findings.Single().Severity);
        Assert.Equal(RiskLevel.High, theirs.RiskLevel);
    }

    [Fact]
    public void Score_WithoutAnOurPartyHint_SaysDirectionWasNotConsidered()
    {
        var score = Scorer.Score([ClauseOf("Results shall be the sole property of Sponsor.")], [Labelled(("ip-ownership", 0.9f))], DocumentType.Unknown);

        Assert.False(score.Direction.Considered);
        Assert.Contains("not considered", score.Direction.Note.En, StringComparison.Ordinal);
        Assert.Contains("考慮していない", score.Direction.Note.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_AnOurPartyThatNamesNoParty_SaysSoAndChangesNothing()
    {
        var clauses = new[] { JapaneseClause("本研究の成果に係る知的財産権は、乙に帰属する。") };

        var score = Scorer.Score(clauses, [Labelled(("ip-ownership", 0.95f))], DocumentType.Unknown, new ScoringContext("ja", "Gamma", Preamble));

        Assert.False(score.Direction.Considered);
        Assert.Contains("Gamma", score.Direction.Note.Ja, StringComparison.Ordinal);
        Assert.Equal(Severity.High, score.Findings.Single().Severity);
    }

    [Theory]
    [InlineData("ja", "本研究の成果に係る知的財産権は、乙に帰属する。")]
    [InlineData("en", "All Results shall be the sole property of Sponsor.")]
    public void Score_EveryFinding_HasRouteBasisEvidenceAndAdviceInTheDocumentsLanguage(string language, string text)
    {
        var clause = new Clause(text, null, "1", 1, 0, language);

        var score = Scorer.Score([clause], [Labelled(("ip-ownership", 0.95f))], DocumentType.Licence, new ScoringContext(language));

        Assert.Equal(4, score.Findings.Count); // the clause and the licence's three missing safeguards
        Assert.All(score.Findings, f =>
        {
            Assert.False(string.IsNullOrEmpty(f.Route));
            Assert.NotEmpty(f.Basis);
            Assert.NotNull(f.Evidence);
            Assert.False(string.IsNullOrEmpty(f.Evidence.Why.In(language)));
            Assert.NotNull(f.Advice);
            Assert.Equal(f.Advice.In(language), f.Recommendation);
            Assert.Equal(language == "ja", f.Recommendation.Any(c => c is >= '\u3040' and <= '\u30FF'));
        });
    }
}
