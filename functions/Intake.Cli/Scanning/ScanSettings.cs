using Intake.Pipeline.Scoring;

namespace Intake.Cli.Scanning;

/// <summary>The output forms of a scan report.</summary>
internal enum ReportFormat
{
    Table,
    Json,
    Html,
}

/// <summary>What the user asked <c>intake scan</c> to do, after parsing.</summary>
/// <param name="Paths">Files or folders as typed; folders are walked recursively.</param>
/// <param name="OutFile">Write the report here instead of standard output.</param>
/// <param name="FailOn">Exit 3 when any document reaches this risk level; null never trips.</param>
/// <param name="DocumentTypeHint">A document type for every file (nda, licence, joint-research, ...); null lets the title decide.</param>
internal sealed record ScanSettings(
    IReadOnlyList<string> Paths,
    ReportFormat Format,
    string? OutFile,
    RiskLevel? FailOn,
    string? DocumentTypeHint)
{
    /// <summary>Which party is the user (<c>--our-party</c>): a role (乙, Licensee) or a party's name; null means direction is not considered.</summary>
    public string? OurParty { get; init; }

    /// <summary>Restricted-party lists (CSV) to screen the parties against; empty: not screened.</summary>
    public IReadOnlyList<string> ScreeningLists { get; init; } = [];
}

/// <summary>Where the report and messages go, and whether the terminal can show a progress bar.</summary>
/// <param name="Output">The report when no <c>--out</c> is given (standard output).</param>
/// <param name="Error">Messages and the progress bar (standard error).</param>
/// <param name="OutputIsTerminal">Standard output is an interactive terminal (colours, its real width).</param>
/// <param name="ErrorIsTerminal">Standard error is an interactive terminal (a progress bar can be drawn).</param>
internal sealed record ScanConsole(TextWriter Output, TextWriter Error, bool OutputIsTerminal, bool ErrorIsTerminal)
{
    /// <summary>The process's own streams, as System.CommandLine hands them over.</summary>
    public static ScanConsole For(TextWriter output, TextWriter error) => new(
        output,
        error,
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected,
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
}
