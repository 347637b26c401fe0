namespace Intake.Pipeline.Signals.Screening;

/// <summary>One row of a screening list. <see cref="Country"/> is shown in findings and never scored.</summary>
/// <param name="Line">The line of the file the row starts on, so a finding can point back to it.</param>
public sealed record ScreeningEntry(string Name, IReadOnlyList<string> Aliases, string? Country, string? List, string? Reason, int Line);

/// <summary>A screening list as loaded from one CSV file or blob.</summary>
/// <param name="Source">The file path or blob name, as findings and messages name it.</param>
public sealed record ScreeningList(string Source, IReadOnlyList<ScreeningEntry> Entries);

/// <summary>
/// The screening lists in force for a scan. <see cref="None"/> (no list configured) means parties are
/// not screened, and the report says so; it never means "no match".
/// </summary>
public sealed class ScreeningListSet
{
    private readonly Lazy<PartyScreener> _screener;

    public ScreeningListSet(IReadOnlyList<ScreeningList> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        Lists = lists;
        _screener = new Lazy<PartyScreener>(() => new PartyScreener(this));
    }

    public static ScreeningListSet None { get; } = new([]);

    public IReadOnlyList<ScreeningList> Lists { get; }

    public bool IsConfigured => Lists.Count > 0;

    public int EntryCount => Lists.Sum(l => l.Entries.Count);

    /// <summary>The matcher over these lists, built once per set (the folded names are computed once).</summary>
    public PartyScreener Screener => _screener.Value;
}

/// <summary>A screening list that cannot be read: the file, the line and what is wrong. Scans are refused, never run unscreened.</summary>
public sealed class ScreeningListException : Exception
{
    public ScreeningListException(string source, int line, string problem, Exception? inner = null)
        : base(line > 0 ? $"screening list {source}, line {line}: {problem}" : $"screening list {source}: {problem}", inner)
    {
        Source = source;
        Line = line;
        Problem = problem;
    }

    public ScreeningListException()
    {
        Source = Problem = string.Empty;
    }

    public ScreeningListException(string message)
        : base(message)
    {
        Source = Problem = string.Empty;
    }

    public ScreeningListException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = Problem = string.Empty;
    }

    public new string Source { get; }

    /// <summary>1-based line of the file; 0 when the problem is the whole file (not UTF-8, no header).</summary>
    public int Line { get; }

    public string Problem { get; }
}
