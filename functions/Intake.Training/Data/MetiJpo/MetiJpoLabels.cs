using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Intake.Pipeline.Classification;

namespace Intake.Training.Data.MetiJpo;

/// <summary>
/// Joins our labels for the METI/JPO model contracts (ml-models/labels/meti-jpo.tsv: file, start, end,
/// heading, labels, note; UTF-16 ranges) to the Markdown text in the shared data. A file whose sha256
/// differs from the one the labels were made on is skipped and reported: its offsets would be wrong.
/// </summary>
public static class MetiJpoLabels
{
    /// <summary>sha256 of the raw bytes each row's offsets were made on (ml-models/labels/README.md).</summary>
    public static IReadOnlyDictionary<string, string> ExpectedSha256 { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["1_nda_new-material.md"] = "edc8ef1b2ed28f13696eaeaf414ac50b9736d88bbb28c1d66cc35a45794508df",
        ["2_poc_new-material.md"] = "0cc5812c913688e51f811040ee2f0a33878ea4c21932759b657c1069a55be7c7",
        ["5_nda_ai.md"] = "69b30d62ee6e758a5bcd8bad3065d9b0eb3c9dcbe1c54e836eb34d74d132e619",
        ["6_poc_ai.md"] = "5e2ec360a866eafcb6345ec7ff62227c8ae17e08ef64c0e1e2889a7fe58bcf97",
        ["7_joint-rd_ai.md"] = "b546b99c11927ff5c534f749bdc54bdc76f6e4fa7560d782191fd37d5b4715e6",
    };

    public static MetiJpoImport Load(string labelsTsv, string markdownDirectory)
    {
        var clauses = new List<LabelledClause>();
        var problems = new List<string>();
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(labelsTsv, Encoding.UTF8))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 5
                || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
            {
                problems.Add($"meti-jpo.tsv:{lineNumber}: not file, start, end, heading, labels");
                continue;
            }

            var file = fields[0];
            if (!texts.TryGetValue(file, out var text))
            {
                text = ReadVerified(Path.Combine(markdownDirectory, file), file, problems);
                texts[file] = text;
            }

            if (text is null)
            {
                continue;
            }

            if (start < 0 || end > text.Length || end <= start)
            {
                problems.Add($"meti-jpo.tsv:{lineNumber}: range {start}-{end} is outside {file}");
                continue;
            }

            var ids = fields[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(id => id != Taxonomy.None)
                .ToList();
            var unknown = ids.Where(id => !Taxonomy.IsLabel(id)).ToList();
            var labels = new HashSet<string>(ids, StringComparer.Ordinal);
            if (unknown.Count > 0)
            {
                problems.Add($"meti-jpo.tsv:{lineNumber}: unknown label '{unknown[0]}'");
                continue;
            }

            var slice = text[start..end];
            var heading = ArticleHeading(text, start);
            var source = string.Create(CultureInfo.InvariantCulture, $"meti-jpo:{file}:{start}-{end}");
            clauses.Add(new LabelledClause(Clean(slice), heading, "ja", source, $"meti-jpo:{file}", labels));
        }

        return new MetiJpoImport(clauses, problems);
    }

    private static string? ReadVerified(string path, string file, List<string> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add($"{file}: not found; its rows are skipped");
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!ExpectedSha256.TryGetValue(file, out var expected) || !string.Equals(hash, expected, StringComparison.Ordinal))
        {
            problems.Add($"{file}: sha256 {hash} is not the one the labels were made on; its rows are skipped");
            return null;
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
    }

    // The nearest Markdown heading above the unit (## 第N条（…）): the real article heading, as the segmenter would give it.
    private static string? ArticleHeading(string text, int start)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1));
        while (lineStart > 0)
        {
            var previous = text.LastIndexOf('\n', lineStart - 1);
            var line = text[(previous + 1)..lineStart].Trim();
            if (line.StartsWith('#'))
            {
                return line.TrimStart('#').Trim();
            }

            lineStart = previous;
        }

        return null;
    }

    // Markdown keeps line breaks inside sentences and list markers; the model sees prose, as the segmenter gives it.
    private static string Clean(string slice)
    {
        var lines = slice.Split('\n').Select(l => l.Trim().TrimStart('>').Trim());
        return string.Join(' ', lines.Where(l => l.Length > 0)).Normalize(NormalizationForm.FormC);
    }
}

public sealed record MetiJpoImport(IReadOnlyList<LabelledClause> Clauses, IReadOnlyList<string> Problems);
