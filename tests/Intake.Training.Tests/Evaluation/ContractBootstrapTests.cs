using Intake.Training.Data;
using Intake.Training.Evaluation;

namespace Intake.Training.Tests.Evaluation;

public sealed class ContractBootstrapTests
{
    private static LabelledClause Clause(string group, bool positive) =>
        new("text", null, "en", "cuad:x", group, positive ? new HashSet<string> { "license-grant" } : new HashSet<string>(), new HashSet<string> { "license-grant" });

    [Fact]
    public void Run_PerfectDecisions_GiveAnIntervalOfOne()
    {
        var gold = Enumerable.Range(0, 20).Select(i => Clause($"c{i % 5}", i % 2 == 0)).ToList();
        var decided = gold.Select(c => (IReadOnlySet<string>)c.Positives).ToList();

        var result = ContractBootstrap.Run(gold, decided, ["license-grant"], 200);

        Assert.Equal(5, result.Groups);
        Assert.Equal(new Interval(1, 1), result.Macro);
    }

    [Fact]
    public void Run_OneContractWrong_GivesAnIntervalAroundThePointEstimate()
    {
        // Ten contracts of two positives each; the model misses both positives of one contract.
        var gold = Enumerable.Range(0, 20).Select(i => Clause($"c{i / 2}", true)).ToList();
        var decided = gold.Select(c => (IReadOnlySet<string>)(c.Group == "c0" ? new HashSet<string>() : c.Positives)).ToList();
        var point = MultiLabelEvaluator.Evaluate(gold, decided, ["license-grant"]).For("license-grant")!.F1;

        var result = ContractBootstrap.Run(gold, decided, ["license-grant"], 500);

        Assert.InRange(point, result.Macro.Low, result.Macro.High);
        Assert.True(result.Macro.Low < point, "resampling whole contracts must be able to draw the failing one more than once");
        Assert.Equal(1.0, result.Macro.High);
    }
}
