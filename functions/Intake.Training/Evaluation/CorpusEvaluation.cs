using Intake.Pipeline.Classification.Model;
using Intake.Training.Data;

namespace Intake.Training.Evaluation;

/// <summary>The work of <c>intake eval FILE.jsonl</c>: the model's decisions against the file's labels, overall and per language.</summary>
public static class CorpusEvaluation
{
    public static CorpusEvaluationResult Evaluate(ClauseModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        var read = CorpusReader.ReadFile(path);
        var predictor = new ModelPredictor(model);
        var decided = predictor.Decide(read.Clauses);
        var overall = MultiLabelEvaluator.Evaluate(read.Clauses, decided);
        var byLanguage = new SortedDictionary<string, EvaluationResult>(StringComparer.Ordinal);
        foreach (var language in read.Clauses.Select(c => c.Language).Distinct())
        {
            var indices = Enumerable.Range(0, read.Clauses.Count).Where(i => read.Clauses[i].Language == language).ToList();
            byLanguage[language] = MultiLabelEvaluator.Evaluate([.. indices.Select(i => read.Clauses[i])], [.. indices.Select(i => decided[i])]);
        }

        return new CorpusEvaluationResult(overall, byLanguage, read.Problems);
    }
}

public sealed record CorpusEvaluationResult(
    EvaluationResult Overall,
    IReadOnlyDictionary<string, EvaluationResult> ByLanguage,
    IReadOnlyList<string> Problems);
