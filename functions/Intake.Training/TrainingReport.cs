using System.Globalization;
using System.Text;
using Intake.Training.Evaluation;

namespace Intake.Training;

/// <summary>The Markdown report <c>intake train</c> writes beside the model: data, thresholds, and held-out figures beside both reference points.</summary>
public static class TrainingReport
{
    public static string Markdown(ClauseTrainingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var b = new StringBuilder();
        var manifest = result.Model.Manifest;
        b.AppendLine(CultureInfo.InvariantCulture, $"# Training report — clause model {manifest.Version}");
        b.AppendLine();
        b.AppendLine("Written by `intake train`; the numbers below come from the run that wrote the model.");
        b.AppendLine();
        b.AppendLine("## Data");
        b.AppendLine();
        b.AppendLine("| source | training clauses | held-out clauses |");
        b.AppendLine("|---|---:|---:|");
        foreach (var source in result.TrainingBySource.Keys.Union(result.HeldOutBySource.Keys).Order(StringComparer.Ordinal))
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"| {source} | {result.TrainingBySource.GetValueOrDefault(source)} | {result.HeldOutBySource.GetValueOrDefault(source)} |");
        }

        b.AppendLine();
        var languages = manifest.Training.PositivesByLabelAndLanguage.Values.SelectMany(v => v.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        b.AppendLine("Training clauses per label and language (a clause counts once under each of its labels; `none` counts fully labelled clauses with no label):");
        b.AppendLine();
        b.AppendLine("| label | " + string.Join(" | ", languages) + " | threshold | non-zero weights |");
        b.AppendLine("|---|" + string.Concat(languages.Select(_ => "---:|")) + "---:|---:|");
        foreach (var (label, counts) in manifest.Training.PositivesByLabelAndLanguage)
        {
            var labelManifest = manifest.Labels.FirstOrDefault(l => l.Id == label);
            var threshold = labelManifest is null ? "" : labelManifest.Threshold.ToString("0.000", CultureInfo.InvariantCulture);
            var weights = labelManifest?.NonZeroWeights.ToString(CultureInfo.InvariantCulture) ?? "";
            b.AppendLine(CultureInfo.InvariantCulture, $"| `{label}` | {string.Join(" | ", languages.Select(l => counts.GetValueOrDefault(l)))} | {threshold} | {weights} |");
        }

        b.AppendLine();
        b.AppendLine("## Validation split (thresholds were chosen here, so these are optimistic)");
        b.AppendLine();
        b.AppendLine("```");
        b.Append(MetricsTable.Text(result.Outcome.Validation));
        b.AppendLine("```");
        b.AppendLine();
        b.AppendLine("By kind of clause (CUAD views over its mapped labels, the others over the labels present):");
        b.AppendLine();
        b.AppendLine("| validation view | clauses | macro-F1 | micro P | micro R |");
        b.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (name, view) in result.Outcome.ValidationViews)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {view.Clauses} | {view.MacroF1:0.000} | {view.Result.Micro.Precision:0.000} | {view.Result.Micro.Recall:0.000} |");
        }
        b.AppendLine();
        b.AppendLine("## Held out: whole contracts (and corpus lines) never trained on");
        foreach (var comparison in result.HeldOut)
        {
            AppendComparison(b, comparison);
        }

        foreach (var (set, parity) in result.Parity ?? [])
        {
            b.AppendLine();
            b.AppendLine(CultureInfo.InvariantCulture, $"## Bilingual parity (ml-models/parity/{set}, never trained on)");
            b.AppendLine();
            b.AppendLine("| predictor | pairs | same decided labels on both sides | macro-F1 ja side | macro-F1 en side |");
            b.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var (name, p) in parity)
            {
                b.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {p.Pairs} | {p.Agreeing} ({p.Agreement:P1}) | {p.Japanese.MacroF1:0.000} | {p.English.MacroF1:0.000} |");
            }

            if (parity.TryGetValue(ClauseTrainingRun.ModelName, out var mine) && mine.Disagreeing.Count > 0)
            {
                b.AppendLine();
                b.AppendLine(CultureInfo.InvariantCulture, $"Pairs the model decides differently: {string.Join(", ", mine.Disagreeing)}.");
            }
        }

        if (result.CuadRealigned is { Count: > 0 } realigned)
        {
            b.AppendLine();
            b.AppendLine("## CUAD excerpts imported as unmapped (their category is wider than the taxonomy's label)");
            b.AppendLine();
            foreach (var (reason, count) in realigned.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                b.AppendLine(CultureInfo.InvariantCulture, $"- {count} × {reason}");
            }
        }

        if (result.Problems.Count > 0)
        {
            b.AppendLine();
            b.AppendLine(CultureInfo.InvariantCulture, $"## Input problems ({result.Problems.Count})");
            b.AppendLine();
            foreach (var problem in result.Problems.Take(50))
            {
                b.AppendLine(CultureInfo.InvariantCulture, $"- {problem}");
            }
        }

        return b.ToString();
    }

    private static void AppendComparison(StringBuilder b, HeldOutComparison comparison)
    {
        var predictors = comparison.ByPredictor.Keys.ToList();
        b.AppendLine();
        b.AppendLine(CultureInfo.InvariantCulture, $"### {comparison.Name} — {comparison.Clauses} {comparison.Items} ({comparison.Language})");
        b.AppendLine();
        var macros = string.Join(", ", predictors.Select(p => string.Create(CultureInfo.InvariantCulture, $"**{p}** {comparison.Macro(p):0.000}")));
        b.AppendLine(CultureInfo.InvariantCulture, $"Macro-F1 over {comparison.MacroLabels.Count} labels: {macros}.");
        if (comparison.Intervals is { Count: > 0 } intervals)
        {
            var shown = string.Join("; ", intervals.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value.Macro.Low:0.000}–{p.Value.Macro.High:0.000}")));
            b.AppendLine();
            b.AppendLine(CultureInfo.InvariantCulture, $"95 % bootstrap interval of macro-F1 over {intervals.Values.First().Groups} whole documents: {shown}.");
        }

        b.AppendLine();
        var modelIntervals = comparison.Intervals?.GetValueOrDefault(ClauseTrainingRun.ModelName);
        b.AppendLine("| label | support | model P | model R | model F1 | model F1 95 % | " + string.Join(" | ", predictors.Skip(1).Select(p => $"{p} F1")) + " |");
        b.AppendLine("|---|---:|---:|---:|---:|---:|" + string.Concat(predictors.Skip(1).Select(_ => "---:|")));
        var model = comparison.ByPredictor[predictors[0]];
        foreach (var label in comparison.MacroLabels)
        {
            var m = model.For(label)!;
            var others = predictors.Skip(1).Select(p => comparison.ByPredictor[p].For(label)!.F1.ToString("0.000", CultureInfo.InvariantCulture));
            var interval = modelIntervals?.ByLabel.GetValueOrDefault(label) is { } i ? string.Create(CultureInfo.InvariantCulture, $"{i.Low:0.00}–{i.High:0.00}") : "";
            b.AppendLine(CultureInfo.InvariantCulture, $"| `{label}` | {m.Support} | {m.Precision:0.000} | {m.Recall:0.000} | {m.F1:0.000} | {interval} | {string.Join(" | ", others)} |");
        }

        var micro = model.Micro;
        var otherMicro = predictors.Skip(1).Select(p => comparison.ByPredictor[p].Micro.F1.ToString("0.000", CultureInfo.InvariantCulture));
        b.AppendLine(CultureInfo.InvariantCulture, $"| micro (all labels) | {micro.Support} | {micro.Precision:0.000} | {micro.Recall:0.000} | {micro.F1:0.000} |  | {string.Join(" | ", otherMicro)} |");
    }
}
