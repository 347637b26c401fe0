using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Intake.Pipeline.Classification.Model;
using Intake.Training.Data;
using Intake.Training.Evaluation;

namespace Intake.Training.Tests.Evaluation;

/// <summary>
/// The bilingual parity sets against the shipped model and the corpus: <c>parity.jsonl</c>, written for issue 13, and
/// <c>fresh.jsonl</c>, written in its seventh round by writers who never saw the first (MODEL_CARD.md, "Bilingual parity").
/// </summary>
public sealed class ParityTests
{
    private static readonly string s_root = typeof(ParityTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    private static readonly string[] s_sets = ["parity.jsonl", "fresh.jsonl"];

    public static TheoryData<string> Sets => new(s_sets);

    private static string PathOf(string set) => Path.Combine(s_root, "ml-models", "parity", set);

    // Issue 13 aims at 95 % of the pairs; the shipped model does not reach it (MODEL_CARD.md, "Aims"). This test
    // holds the shipped model to the figures it measured, so a model that agrees on fewer pairs fails; raise a
    // floor with each model that does better, and to 95 % when one gets there.
    [Theory]
    [InlineData("parity.jsonl", 269)]
    [InlineData("fresh.jsonl", 541)]
    public void ShippedModel_DecidesTheSameLabelsForBothLanguages_InAtLeastTheMeasuredShareOfThePairs(string set, int agreeingPairsOfTheShippedModel)
    {
        var pairs = ParityCheck.Read(PathOf(set));
        var model = ClauseModel.Load(Path.Combine(AppContext.BaseDirectory, "ml-models", "clause-model.zip"));

        var result = ParityCheck.Measure(pairs, new ModelPredictor(model));

        Assert.True(pairs.Count >= 300, $"the parity set has {pairs.Count} pairs");
        Assert.True(
            result.Agreeing >= agreeingPairsOfTheShippedModel,
            string.Create(CultureInfo.InvariantCulture, $"{set}: {result.Agreeing}/{result.Pairs} pairs agree (the shipped model measured {agreeingPairsOfTheShippedModel}); differing: {string.Join(", ", result.Disagreeing)}"));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void ParitySet_EveryLabelIsRepresented_AndNoSideIsACorpusLine(string set)
    {
        var pairs = ParityCheck.Read(PathOf(set));
        var corpus = Directory.EnumerateFiles(Path.Combine(s_root, "ml-models", "corpus"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => Key(JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(Intake.Pipeline.Classification.Taxonomy.Ids, id => Assert.Contains(pairs, p => p.Labels.Contains(id)));
        Assert.DoesNotContain(pairs, p => corpus.Contains(Key(p.Japanese)) || corpus.Contains(Key(p.English)));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void ParitySet_NoSideIsNearACorpusLine(string set)
    {
        // Near as the corpus families are joined (character 4-shingles, Jaccard at least 0.4): a parity
        // sentence with a trained variant would measure what the model has seen.
        var pairs = ParityCheck.Read(PathOf(set));
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
    public void ParitySets_HaveUniqueIds_AndNoPairIsInBoth()
    {
        var sets = s_sets.Select(set => ParityCheck.Read(PathOf(set))).ToList();

        Assert.All(sets, pairs => Assert.Equal(pairs.Count, pairs.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count()));
        var first = sets[0].SelectMany(p => new[] { Key(p.Japanese), Key(p.English) }).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(sets[1], p => first.Contains(Key(p.Japanese)) || first.Contains(Key(p.English)));
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
