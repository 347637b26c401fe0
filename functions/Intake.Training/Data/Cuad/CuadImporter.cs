using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Segmentation;

namespace Intake.Training.Data.Cuad;

/// <summary>
/// Builds labelled clauses from CUAD v1 (<c>master_clauses.csv</c> + <c>full_contract_txt/</c>): each
/// contract is cut into units, and a unit is positive for a label when it overlaps an excerpt of a CUAD
/// category mapped to that label (the mapping of shared/data/cuad/README.md).
/// </summary>
/// <remarks>
/// Negatives: a unit no mapped excerpt touches is a negative only for labels CUAD covers fully. CUAD
/// says nothing about the other eight labels (confidentiality, data access, …), so its units are
/// unknown for them. For <c>know-how-transfer</c> (CUAD has only source-code escrow) and
/// <c>foreign-jurisdiction</c> (only governing law, not courts or arbitration) an unannotated unit that
/// mentions the uncovered part (training, technical assistance; courts, venue, arbitration) is unknown
/// too rather than a false negative.
/// </remarks>
public static partial class CuadImporter
{
    public static IReadOnlyDictionary<string, string> CategoryToLabel { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["IP Ownership Assignment"] = "ip-ownership",
        ["Joint IP Ownership"] = "ip-ownership",
        ["License Grant"] = "license-grant",
        ["Irrevocable or Perpetual License"] = "license-grant",
        ["Unlimited/All-You-Can-Eat-License"] = "license-grant",
        ["Affiliate License-Licensee"] = "license-grant",
        ["Affiliate License-Licensor"] = "license-grant",
        ["Source Code Escrow"] = "know-how-transfer",
        ["Change of Control"] = "change-of-control",
        ["No-Solicit of Employees"] = "non-solicit",
        ["Anti-Assignment"] = "assignment-restriction",
        ["Non-Transferable License"] = "assignment-restriction",
        ["Governing Law"] = "foreign-jurisdiction",
    };

    /// <summary>Categories that are facts about the contract (names, dates), not clauses.</summary>
    public static IReadOnlySet<string> MetadataCategories { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Filename", "Document Name", "Parties", "Agreement Date", "Effective Date", "Expiration Date", "Renewal Term", "Notice Period to Terminate Renewal",
    };

    /// <summary>The labels CUAD gives answers for, in taxonomy order.</summary>
    public static IReadOnlyList<string> MappedLabels { get; } =
        [.. Taxonomy.Ids.Where(id => CategoryToLabel.Values.Contains(id, StringComparer.Ordinal))];

    /// <summary>
    /// Imports every contract. <paramref name="nearMissWindow"/> &gt; 0 makes an unhighlighted unit within that
    /// many characters of an excerpt of a label unknown for the label rather than a negative (for training).
    /// </summary>
    public static CuadImport Import(string cuadDirectory, int nearMissWindow = 0)
    {
        var csvPath = Path.Combine(cuadDirectory, "master_clauses.csv");
        var textDirectory = Path.Combine(cuadDirectory, "full_contract_txt");
        var textByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(textDirectory, "*.txt"))
        {
            textByKey.TryAdd(NameKey(Path.GetFileNameWithoutExtension(file)), file);
        }

        using var reader = new StreamReader(csvPath, Encoding.UTF8);
        using var records = CsvReader.ReadRecords(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new InvalidDataException("master_clauses.csv is empty.");
        }

        var header = records.Current;
        var columns = new List<(int Index, string Category, string? Label)>();
        for (var i = 1; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.EndsWith("-Answer", StringComparison.OrdinalIgnoreCase) || MetadataCategories.Contains(name))
            {
                continue;
            }

            columns.Add((i, name, CategoryToLabel.TryGetValue(name, out var label) ? label : null));
        }

        if (columns.Count(c => c.Label is not null) != CategoryToLabel.Count)
        {
            throw new InvalidDataException($"master_clauses.csv has {columns.Count(c => c.Label is not null)} of the {CategoryToLabel.Count} mapped categories.");
        }

        var clauses = new List<LabelledClause>();
        var excerptClauses = new List<LabelledClause>();
        var problems = new List<string>();
        var realigned = new Dictionary<string, int>(StringComparer.Ordinal);
        int contracts = 0, excerpts = 0, located = 0;
        while (records.MoveNext())
        {
            var row = records.Current;
            if (row.Count != header.Count || row[0].Length == 0)
            {
                problems.Add($"a row with {row.Count} fields skipped");
                continue;
            }

            var name = row[0];
            if (!textByKey.TryGetValue(NameKey(Path.GetFileNameWithoutExtension(name)), out var textPath))
            {
                problems.Add($"no text file for '{name}'");
                continue;
            }

            var excerptsByLabel = new List<(string? Label, string Excerpt)>();
            foreach (var (index, category, mapped) in columns)
            {
                try
                {
                    foreach (var excerpt in PythonStringList.Parse(row[index]))
                    {
                        var (label, dropped) = CuadTaxonomyAlignment.Align(category, mapped, excerpt);
                        if (dropped is not null)
                        {
                            realigned[dropped] = realigned.GetValueOrDefault(dropped) + 1;
                        }

                        excerptsByLabel.Add((label, excerpt));
                    }
                }
                catch (FormatException ex)
                {
                    problems.Add($"'{name}' column {header[index]}: {ex.Message}");
                }
            }

            var text = File.ReadAllText(textPath, Encoding.UTF8);
            var contract = ImportContract(Path.GetFileName(textPath), text, excerptsByLabel, out var found, out var total, nearMissWindow);
            clauses.AddRange(contract.Units);
            excerptClauses.AddRange(contract.Excerpts);
            excerpts += total;
            located += found;
            contracts++;
        }

        return new CuadImport(clauses, excerptClauses, contracts, excerpts, located, problems, realigned);
    }

    /// <summary>
    /// Units of one contract with their labels, and its annotated excerpts as clauses of their own.
    /// <paramref name="excerpts"/> pairs a CUAD excerpt with the label its category maps to (null: unmapped).
    /// A unit within <paramref name="nearMissWindow"/> characters of an excerpt it does not overlap is unknown
    /// for that excerpt's label: annotators highlight the decisive sentences, and the sentences around them
    /// are often of the same kind, so they are unreliable negatives.
    /// </summary>
    public static CuadContract ImportContract(
        string contractName,
        string text,
        IReadOnlyList<(string? Label, string Excerpt)> excerpts,
        out int segmentsLocated,
        out int segments,
        int nearMissWindow = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(excerpts);
        var (collapsed, map) = CollapseWithMap(text);
        var marks = new List<(string Label, int Start, int End)>();
        var located = new List<(List<(int Start, int End)> Segments, string Text)>();
        segmentsLocated = 0;
        segments = 0;
        foreach (var (label, excerpt) in excerpts)
        {
            var found = new List<(int Start, int End)>();
            foreach (var part in excerpt.Split("<omitted>", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var segment = ContractUnitSplitter.Collapse(part);
                if (segment.Length == 0)
                {
                    continue;
                }

                segments++;
                var at = Locate(collapsed, segment);
                if (at >= 0)
                {
                    segmentsLocated++;
                    found.Add((at, at + segment.Length));
                    if (label is not null)
                    {
                        marks.Add((label, at, at + segment.Length));
                    }
                }
            }

            if (found.Count > 0)
            {
                located.Add((found, string.Join(" ", found.Select(f => collapsed[f.Start..f.End]))));
            }
        }

        var group = $"cuad:{contractName}";
        var clauses = new List<LabelledClause>();
        foreach (var unit in ContractUnitSplitter.Split(text))
        {
            var start = map[unit.Start];
            var unitText = collapsed[start..map[unit.End]].Trim();
            var source = string.Create(CultureInfo.InvariantCulture, $"cuad:{contractName}:{unit.Start}-{unit.End}");
            var parts = new List<LabelledClause>();
            foreach (var (partStart, partLength) in SentenceSplitter.Split(unitText))
            {
                var partText = unitText.Substring(partStart, partLength);
                var (partPositives, partKnown) = Labels(marks, start + partStart, start + partStart + partLength, partText);
                parts.Add(new LabelledClause(partText, unit.Heading, "en", source, group, partPositives, partKnown));
            }

            var (positives, known) = Labels(marks, start, start + unitText.Length, unitText);
            if (nearMissWindow > 0)
            {
                NearMisses(marks, start - nearMissWindow, start + unitText.Length + nearMissWindow, positives, known);
                foreach (var part in parts)
                {
                    NearMisses(marks, start - nearMissWindow, start + unitText.Length + nearMissWindow, part.Positives, (HashSet<string>)part.Known!);
                }
            }

            clauses.Add(new LabelledClause(unitText, unit.Heading, "en", source, group, positives, known, parts.Count > 1 ? parts : null));
        }

        // Each annotated excerpt, of any clause category, as a clause: positive for the labels whose
        // excerpts cover it, a negative for the others (a Non-Compete excerpt is no change-of-control).
        var excerptClauses = new List<LabelledClause>();
        foreach (var (found, excerptText) in located.DistinctBy(l => l.Text, StringComparer.Ordinal))
        {
            var positives = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (label, markStart, markEnd) in marks)
            {
                if (found.Any(f => Math.Min(f.End, markEnd) - Math.Max(f.Start, markStart) >= Math.Min(f.End - f.Start, markEnd - markStart) / 2))
                {
                    positives.Add(label);
                }
            }

            var (_, known) = Labels([], 0, 0, excerptText);
            known.UnionWith(positives);
            var source = string.Create(CultureInfo.InvariantCulture, $"cuad:{contractName}:excerpt:{found[0].Start}");
            excerptClauses.Add(new LabelledClause(excerptText, null, "en", source, group, positives, known));
        }

        return new CuadContract(clauses, excerptClauses);
    }

    // Labels of excerpts inside [start, end) that the clause is not positive for become unknown.
    private static void NearMisses(List<(string Label, int Start, int End)> marks, int start, int end, IReadOnlySet<string> positives, HashSet<string> known)
    {
        foreach (var (label, markStart, markEnd) in marks)
        {
            if (!positives.Contains(label) && markEnd > start && markStart < end)
            {
                known.Remove(label);
            }
        }
    }

    private static (HashSet<string> Positives, HashSet<string> Known) Labels(List<(string Label, int Start, int End)> marks, int start, int end, string text)
    {
        var positives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, markStart, markEnd) in marks)
        {
            var overlap = Math.Min(end, markEnd) - Math.Max(start, markStart);
            if (overlap > 0 && overlap >= Math.Min(25, markEnd - markStart))
            {
                positives.Add(label);
            }
        }

        var known = new HashSet<string>(MappedLabels, StringComparer.Ordinal);
        if (!positives.Contains("know-how-transfer") && UncoveredKnowHow().IsMatch(text))
        {
            known.Remove("know-how-transfer");
        }

        if (!positives.Contains("foreign-jurisdiction") && UncoveredForum().IsMatch(text))
        {
            known.Remove("foreign-jurisdiction");
        }

        return (positives, known);
    }

    // Exact first; then case-insensitive; then the excerpt's opening words, for excerpts whose ends were retyped.
    private static int Locate(string collapsed, string segment)
    {
        var at = collapsed.IndexOf(segment, StringComparison.Ordinal);
        if (at >= 0)
        {
            return at;
        }

        at = collapsed.IndexOf(segment, StringComparison.OrdinalIgnoreCase);
        if (at >= 0 || segment.Length < 60)
        {
            return at;
        }

        return collapsed.IndexOf(segment[..60], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The text with whitespace runs collapsed, and for every original position its position in the collapsed text.</summary>
    private static (string Collapsed, int[] Map) CollapseWithMap(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new int[text.Length + 1];
        var inSpace = true;
        for (var i = 0; i < text.Length; i++)
        {
            map[i] = builder.Length;
            if (char.IsWhiteSpace(text[i]))
            {
                if (!inSpace)
                {
                    builder.Append(' ');
                    inSpace = true;
                }
            }
            else
            {
                builder.Append(text[i]);
                inSpace = false;
            }
        }

        map[text.Length] = builder.Length;
        return (builder.ToString(), map);
    }

    /// <summary>The file-name key the README prescribes: lower case, accents folded, non-alphanumerics removed.</summary>
    public static string NameKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"technical assistance|train(ing)?\b|know-?how|source code|escrow|technical (information|documentation|data)|drawings|specifications", RegexOptions.IgnoreCase)]
    private static partial Regex UncoveredKnowHow();

    [GeneratedRegex(@"jurisdiction|venue|courts?\b|arbitrat|governing law|disputes?\b", RegexOptions.IgnoreCase)]
    private static partial Regex UncoveredForum();
}

/// <summary>One contract: its units, and its annotated excerpts as clauses of their own (for the excerpt-level evaluation).</summary>
public sealed record CuadContract(IReadOnlyList<LabelledClause> Units, IReadOnlyList<LabelledClause> Excerpts);

/// <summary>What the importer produced and what it could not match; <c>Realigned</c> counts the excerpts whose mapped label the taxonomy does not give them (<see cref="CuadTaxonomyAlignment"/>), by reason.</summary>
public sealed record CuadImport(
    IReadOnlyList<LabelledClause> Clauses,
    IReadOnlyList<LabelledClause> Excerpts,
    int Contracts,
    int ExcerptSegments,
    int SegmentsLocated,
    IReadOnlyList<string> Problems,
    IReadOnlyDictionary<string, int>? Realigned = null);
