using System.Globalization;
using System.Text.Json;
using Intake.Pipeline.Classification;

namespace Intake.Training.Data;

/// <summary>
/// Reads our own corpus: JSONL lines <c>{"text","labels":[ids] or ["none"],"lang","source"}</c>, with an
/// optional <c>heading</c> and, on a line translated from another corpus line, <c>twin</c>: the original's
/// <see cref="CorpusTwins.KeyOf"/>, which <see cref="CorpusTwins.Join"/> uses to keep the pair on one side of a split. A line that does not parse or names an unknown label is reported, not trained on.
/// Each line's <see cref="LabelledClause.Group"/> is its family of near-duplicates in the file
/// (<see cref="CorpusFamilies"/>), so a split never puts variants of one line on both sides.
/// </summary>
public static class CorpusReader
{
    public static CorpusReadResult ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    public static CorpusReadResult Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var clauses = new List<LabelledClause>();
        var problems = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var where = string.Create(CultureInfo.InvariantCulture, $"{name}:{lineNumber}");
            try
            {
                var clause = Parse(line, where, out var problem);
                if (clause is null)
                {
                    problems.Add($"{where}: {problem}");
                }
                else
                {
                    clauses.Add(clause);
                }
            }
            catch (JsonException ex)
            {
                problems.Add($"{where}: not JSON ({ex.Message})");
            }
        }

        var families = CorpusFamilies.Assign(clauses);
        return new CorpusReadResult([.. clauses.Select((c, i) => c with { Group = families[i] })], problems);
    }

    private static LabelledClause? Parse(string line, string where, out string problem)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        problem = "";
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(textElement.GetString()))
        {
            problem = "no text";
            return null;
        }

        if (!root.TryGetProperty("labels", out var labelsElement) || labelsElement.ValueKind != JsonValueKind.Array)
        {
            problem = "no labels array";
            return null;
        }

        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in labelsElement.EnumerateArray())
        {
            var id = label.ValueKind == JsonValueKind.String ? label.GetString() : null;
            if (id == Taxonomy.None)
            {
                continue;
            }

            if (id is null || !Taxonomy.IsLabel(id))
            {
                problem = $"unknown label '{id}'";
                return null;
            }

            labels.Add(id);
        }

        var lang = root.TryGetProperty("lang", out var langElement) && langElement.ValueKind == JsonValueKind.String
            ? langElement.GetString()!
            : "und";
        var heading = root.TryGetProperty("heading", out var headingElement) && headingElement.ValueKind == JsonValueKind.String
            ? headingElement.GetString()
            : null;
        var source = root.TryGetProperty("source", out var sourceElement) && sourceElement.ValueKind == JsonValueKind.String
            ? sourceElement.GetString()
            : null;
        var twin = root.TryGetProperty("twin", out var twinElement) && twinElement.ValueKind == JsonValueKind.String
            ? twinElement.GetString()
            : null;
        var text = textElement.GetString()!;
        return new LabelledClause(text, heading, lang, $"corpus:{source ?? where}", $"corpus:{where}", labels, TwinOf: twin);
    }
}

public sealed record CorpusReadResult(IReadOnlyList<LabelledClause> Clauses, IReadOnlyList<string> Problems);
