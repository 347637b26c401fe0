using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Intake.Pipeline.Classification.Model;
using Intake.Training.Data;
using Intake.Training.Evaluation;

namespace Intake.Training.Tests.Evaluation;

/// <summary>The bilingual parity set (ml-models/parity/parity.jsonl) against the shipped model and the corpus.</summary>
public sealed class ParityTests
{
    private static readonly string s_root = typeof(ParityTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    private static string ParityPath => Path.Combine(s_root, "ml-models", "parity", "parity.jsonl");

    // Issue 13 aims at 95 % of the pairs; the shipped model does not reach it (MODEL_CARD.md, "Aims"). This test
    // holds the shipped model to the figure it measured, so a model that agrees on fewer pairs fails; raise the
    // floor with each model that does better, and to 95 % when one gets there.
    private const int AgreeingPairsOfTheShippedModel = 266;

    [Fact]
    public void ShippedModel_DecidesTheSameLabelsForBothLanguages_InAtLeastTheMeasuredShareOfThePairs()
    {
        var pairs = ParityCheck.Read(ParityPath);
        var model = ClauseModel.Load(Path.Combine(AppContext.BaseDirectory, "ml-models", "clause-model.zip"));

        var result = ParityCheck.Measure(pairs, new ModelPredictor(model));

        Assert.True(pairs.Count >= 300, $"the parity set has {pairs.Count} pairs");
        Assert.True(
            result.Agreeing >= AgreeingPairsOfTheShippedModel,
            string.Create(CultureInfo.InvariantCulture, $"{result.Agreeing}/{result.Pairs} pairs agree (the shipped model measured {AgreeingPairsOfTheShippedModel}); differing: {string.Join(", ", result.Disagreeing)}"));
    }

    [Fact]
    public void ParitySet_EveryLabelIsRepresented_AndNoSideIsACorpusLine()
    {
        var pairs = ParityCheck.Read(ParityPath);
        var corpus = Directory.EnumerateFiles(Path.Combine(s_root, "ml-models", "corpus"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => Key(JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(Intake.Pipeline.Classification.Taxonomy.Ids, id => Assert.Contains(pairs, p => p.Labels.Contains(id)));
        Assert.DoesNotContain(pairs, p => corpus.Contains(Key(p.Japanese)) || corpus.Contains(Key(p.English)));
    }

    [Fact]
    public void ParitySet_NoSideIsNearACorpusLine()
    {
        // Near as the corpus families are joined (character 4-shingles, Jaccard at least 0.4): a parity
        // sentence with a trained variant would measure what the model has seen.
        var pairs = ParityCheck.Read(ParityPath);
        var sides = pairs.SelectMany(p => new[] { (p.Id, Shingles: CorpusFamilies.Shingles(p.Japanese)), (p.Id, Shingles: CorpusFamilies.Shingles(p.English)) }).ToList();
        var near = Directory.EnumerateFiles(Path.Combine(s_root, "ml-models", "corpus"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .AsParallel()
            .SelectMany(text =>
            {
                var shingles = CorpusFamilies.Shingles(text);
                return sides.Where(s => CorpusFamilies.Jaccard(shingles, s.Shingles) >= CorpusFamilies.Threshold).Select(s => $"{s.Id} ~ {text[..Math.Min(40, text.Length)]}");
            })
            .ToList();

        Assert.True(near.Count == 0, string.Join("; ", near.Take(10)));
    }

    [Fact]
    public void Measure_PairsDecidedDifferently_AreNamed()
    {
        ParityPair[] pairs =
        [
            new("p1", new HashSet<string> { "confidentiality" }, "秘密", "secret"),
            new("p2", new HashSet<string>(), "支払", "payment"),
        ];

        var result = ParityCheck.Measure(pairs, new FixedPredictor(c => c.Text is "秘密" or "secret" or "支払" ? ["confidentiality"] : []));

        Assert.Equal(1, result.Agreeing);
        Assert.Equal(["p2"], result.Disagreeing);
    }

    private static string Key(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();

    private sealed class FixedPredictor(Func<LabelledClause, string[]> decide) : IMultiLabelPredictor
    {
        public string Name => "fixed";

        public IReadOnlyList<IReadOnlySet<string>> Decide(IReadOnlyList<LabelledClause> clauses) =>
            [.. clauses.Select(c => (IReadOnlySet<string>)decide(c).ToHashSet(StringComparer.Ordinal))];
    }
}
