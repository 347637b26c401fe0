using System.Text.Json;
using Intake.Pipeline.Classification;
using Intake.Training.Data;

namespace Intake.Training.Evaluation;

/// <summary>One pair of the bilingual parity set: the same clause written in Japanese and in English.</summary>
public sealed record ParityPair(string Id, IReadOnlySet<string> Labels, string Japanese, string English);

/// <summary>How often a predictor decides the same labels for both sides of a pair, and how often each side is right.</summary>
public sealed record ParityResult(int Pairs, int Agreeing, EvaluationResult Japanese, EvaluationResult English, IReadOnlyList<string> Disagreeing)
{
    public double Agreement => Pairs == 0 ? 0 : (double)Agreeing / Pairs;
}

/// <summary>One parity set (named by its file) measured with each predictor.</summary>
public sealed record ParitySetResult(string Set, IReadOnlyDictionary<string, ParityResult> ByPredictor);

/// <summary>
/// The bilingual parity set (<c>ml-models/parity/parity.jsonl</c>, never trained on): a clause should get the
/// same decided labels whichever language it is written in.
/// </summary>
public static class ParityCheck
{
    public static IReadOnlyList<ParityPair> Read(string path)
    {
        var pairs = new List<ParityPair>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var labels = root.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).Where(l => l != Taxonomy.None).ToHashSet(StringComparer.Ordinal);
            pairs.Add(new ParityPair(root.GetProperty("id").GetString()!, labels, root.GetProperty("ja").GetString()!, root.GetProperty("en").GetString()!));
        }

        return pairs;
    }

    public static ParityResult Measure(IReadOnlyList<ParityPair> pairs, IMultiLabelPredictor predictor)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(predictor);
        var ja = pairs.Select(p => new LabelledClause(p.Japanese, null, "ja", $"parity:{p.Id}", $"parity:{p.Id}", p.Labels)).ToList();
        var en = pairs.Select(p => new LabelledClause(p.English, null, "en", $"parity:{p.Id}", $"parity:{p.Id}", p.Labels)).ToList();
        var jaDecided = predictor.Decide(ja);
        var enDecided = predictor.Decide(en);
        var disagreeing = pairs.Where((p, i) => !jaDecided[i].SetEquals(enDecided[i])).Select(p => p.Id).ToList();
        return new ParityResult(
            pairs.Count,
            pairs.Count - disagreeing.Count,
            MultiLabelEvaluator.Evaluate(ja, jaDecided),
            MultiLabelEvaluator.Evaluate(en, enDecided),
            disagreeing);
    }
}
