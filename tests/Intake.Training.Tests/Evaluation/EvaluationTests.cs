using Intake.Training.Baselines;
using Intake.Training.Data;
using Intake.Training.Evaluation;

namespace Intake.Training.Tests.Evaluation;

public sealed class EvaluationTests
{
    [Fact]
    public void Evaluate_UnknownLabels_AreLeftOutOfTheCounts()
    {
        LabelledClause[] gold =
        [
            new("a", null, "en", "cuad:x", "g1", new HashSet<string> { "license-grant" }, new HashSet<string> { "license-grant" }),
            new("b", null, "en", "cuad:x", "g1", new HashSet<string>(), new HashSet<string> { "license-grant" }),
            new("c", null, "en", "corpus:x", "g2", new HashSet<string> { "confidentiality" }),
        ];
        IReadOnlySet<string>[] decided =
        [
            new HashSet<string> { "license-grant", "confidentiality" },
            new HashSet<string> { "license-grant" },
            new HashSet<string>(),
        ];

        var result = MultiLabelEvaluator.Evaluate(gold, decided);

        var licence = result.For("license-grant")!;
        Assert.Equal((1, 1, 0), (licence.TruePositives, licence.FalsePositives, licence.FalseNegatives));
        var confidentiality = result.For("confidentiality")!;
        Assert.Equal((0, 0, 1), (confidentiality.TruePositives, confidentiality.FalsePositives, confidentiality.FalseNegatives));
        Assert.Equal(2, result.Present.Count);
        Assert.Equal((2.0 / 3 + 0) / 2, result.MacroF1, 6);
    }

    [Theory]
    [InlineData("This Agreement shall be governed by the laws of Texas.", "foreign-jurisdiction")]
    [InlineData("本契約の準拠法は日本法とする。", "foreign-jurisdiction")]
    [InlineData("乙は秘密情報を第三者に開示してはならない。", "confidentiality")]
    public void KeywordMatcher_Keyword_DecidesItsLabel(string text, string label)
    {
        Assert.Contains(label, KeywordMatcher.Decide(text));
    }
}
