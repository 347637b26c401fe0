namespace Intake.Training.Tests;

public sealed class ThresholdChooserTests
{
    // A large kind whose positives all score high, and a small kind whose positives score lower, below a few
    // of the large kind's negatives: pooled, the large kind would set the threshold above the small kind's positives.
    private static List<(float Score, bool Truth, string Kind)> TwoKinds()
    {
        var scored = new List<(float Score, bool Truth, string Kind)>();
        scored.AddRange(Enumerable.Range(0, 200).Select(i => (0.9f + (i / 10_000f), true, "corpus-en")));
        scored.AddRange(Enumerable.Range(0, 30).Select(i => (0.5f + (i / 1_000f), false, "corpus-en")));
        scored.AddRange(Enumerable.Range(0, 2000).Select(i => (i / 10_000f, false, "corpus-en")));
        scored.AddRange(Enumerable.Range(0, 10).Select(i => (0.3f + (i / 1_000f), true, "cuad-excerpt")));
        scored.AddRange(Enumerable.Range(0, 100).Select(i => (i / 1_000f, false, "cuad-excerpt")));
        return scored;
    }

    [Fact]
    public void Choose_SmallKindWithLowerScores_IsNotOutvotedByTheLargeOne()
    {
        var (threshold, source) = ThresholdChooser.Choose(TwoKinds(), minimumPositives: 3, defaultThreshold: 0.5f);

        // Deciding down to 0.3 costs the large kind 30 false positives (F1 0.93) and wins the small kind all ten (F1 1).
        Assert.InRange(threshold, 0.1f, 0.3f);
        Assert.Contains("over 2 kinds of clause, 210 positives", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_KindWithTooFewPositives_TakesNoPart()
    {
        var scored = TwoKinds().Where(s => s.Kind == "corpus-en" || !s.Truth || s.Score < 0.302f).ToList();

        var (threshold, source) = ThresholdChooser.Choose(scored, minimumPositives: 3, defaultThreshold: 0.5f);

        Assert.InRange(threshold, 0.53f, 0.9f);
        Assert.Contains("over 1 kinds of clause, 200 positives", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_NoPositives_GivesTheDefault()
    {
        var (threshold, source) = ThresholdChooser.Choose([(0.4f, false, "meti-jpo")], minimumPositives: 3, defaultThreshold: 0.5f);

        Assert.Equal(0.5f, threshold);
        Assert.StartsWith("default", source, StringComparison.Ordinal);
    }
}
