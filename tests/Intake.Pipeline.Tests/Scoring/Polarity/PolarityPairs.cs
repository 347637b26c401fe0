using System.Text.Json;
using Intake.Pipeline.Scoring.Polarity;

namespace Intake.Pipeline.Tests.Scoring.Polarity;

/// <summary>One written permission/restriction pair from pairs.jsonl: the same act, permitted and restricted.</summary>
public sealed record PolarityPair(string Id, string Lang, PolarityTopic Topic, string Permission, string Restriction)
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<PolarityPair> All { get; } = Load();

    public static TheoryData<string> Ids => [.. All.Select(p => p.Id)];

    public static PolarityPair Get(string id) => All.Single(p => p.Id == id);

    private static List<PolarityPair> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Scoring", "Polarity", "pairs.jsonl");
        return [.. File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<PolarityPairLine>(line, s_json)!)
            .Select(l => new PolarityPair(l.Id, l.Lang, Enum.Parse<PolarityTopic>(l.Topic), l.Permission, l.Restriction))];
    }

    private sealed record PolarityPairLine(string Id, string Lang, string Topic, string Permission, string Restriction);
}
