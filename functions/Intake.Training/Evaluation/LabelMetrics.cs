namespace Intake.Training.Evaluation;

/// <summary>Counts and scores of one label over the clauses where the label is known.</summary>
public sealed record LabelMetrics(string Label, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Support => TruePositives + FalseNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;

    public double F1 => TruePositives == 0 ? 0 : 2.0 * TruePositives / ((2.0 * TruePositives) + FalsePositives + FalseNegatives);
}

/// <summary>Per-label metrics with micro and macro averages.</summary>
public sealed record EvaluationResult(int Clauses, IReadOnlyList<LabelMetrics> Labels)
{
    /// <summary>Labels with at least one true instance: the ones a macro average is taken over.</summary>
    public IReadOnlyList<LabelMetrics> Present => [.. Labels.Where(l => l.Support > 0)];

    public LabelMetrics Micro => new(
        "micro",
        Labels.Sum(l => l.TruePositives),
        Labels.Sum(l => l.FalsePositives),
        Labels.Sum(l => l.FalseNegatives));

    /// <summary>Mean F1 over the labels present (support &gt; 0); 0 when none is.</summary>
    public double MacroF1 => Present.Count == 0 ? 0 : Present.Average(l => l.F1);

    public LabelMetrics? For(string label) => Labels.FirstOrDefault(l => l.Label == label);
}
