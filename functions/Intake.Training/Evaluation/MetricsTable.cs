using System.Globalization;
using System.Text;

namespace Intake.Training.Evaluation;

/// <summary>Plain-text and Markdown tables of evaluation results, for the console and the model card.</summary>
public static class MetricsTable
{
    /// <summary>Per-label precision, recall, F1 and support, then micro and macro lines.</summary>
    public static string Text(EvaluationResult result, IReadOnlyList<string>? macroLabels = null, string items = "clauses")
    {
        ArgumentNullException.ThrowIfNull(result);
        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture, $"  {"label",-24} {"P",6} {"R",6} {"F1",6} {"support",8} {"tp",5} {"fp",5} {"fn",5}");
        foreach (var label in result.Labels.Where(l => l.Support > 0 || l.FalsePositives > 0))
        {
            Row(builder, label);
        }

        Row(builder, result.Micro);
        var macro = macroLabels is null ? result.MacroF1 : Macro(result, macroLabels);
        var over = macroLabels is null ? $"{result.Present.Count} labels present" : $"{macroLabels.Count} labels";
        builder.AppendLine(CultureInfo.InvariantCulture, $"  {"macro-F1",-24} {"",6} {"",6} {macro,6:0.000}   (over {over}; {result.Clauses} {items})");
        return builder.ToString();
    }

    public static double Macro(EvaluationResult result, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(labels);
        var chosen = result.Labels.Where(l => labels.Contains(l.Label)).ToList();
        return chosen.Count == 0 ? 0 : chosen.Average(l => l.F1);
    }

    private static void Row(StringBuilder builder, LabelMetrics m) =>
        builder.AppendLine(CultureInfo.InvariantCulture, $"  {m.Label,-24} {m.Precision,6:0.000} {m.Recall,6:0.000} {m.F1,6:0.000} {m.Support,8} {m.TruePositives,5} {m.FalsePositives,5} {m.FalseNegatives,5}");
}
