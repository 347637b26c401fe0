using System.Text;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Reporting;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Intake.Cli.Scanning;

/// <summary>
/// The work behind <c>intake scan</c>: expand the paths, scan every file (a few at a time, the
/// report in input order), render the report, and turn the outcome into an exit code.
/// </summary>
internal sealed partial class ScanService(LocalFileScanner files, IOptions<ScoringOptions> scoring, ILogger<ScanService> logger)
{
    /// <summary>More files than this get a progress bar (when standard error is a terminal).</summary>
    public const int ProgressThreshold = 3;

    // Files are read and parsed concurrently; more than the core count only adds memory.
    private static readonly int s_parallelism = Math.Max(1, Environment.ProcessorCount);

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<int> RunAsync(ScanSettings settings, ScanConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);

        var skipped = new List<(string Folder, string Problem)>();
        var inputs = ScanInputs.Collect(settings.Paths, (folder, problem) => skipped.Add((folder, problem)));
        foreach (var (folder, problem) in skipped)
        {
            await console.Error.WriteLineAsync($"intake scan: skipped the folder {folder}: {problem}");
        }

        if (inputs.Count == 0)
        {
            await console.Error.WriteLineAsync("intake scan: no files found under the given paths.");
        }

        var documents = await ScanAllAsync(inputs, settings, console, cancellationToken);
        var report = new ScanReport(documents);
        if (!await WriteReportAsync(report, settings, console, cancellationToken))
        {
            return ExitCodes.UsageError;
        }

        var exitCode = ExitCodeOf(report, settings);
        LogDone(logger, documents.Length, exitCode);
        return exitCode;
    }

    /// <summary>2 when a document Failed (it wins: the scan is incomplete); else 3 when --fail-on tripped; else 0.</summary>
    internal static int ExitCodeOf(ScanReport report, ScanSettings settings)
    {
        if (report.Documents.Any(d => d.Status == DocumentStatus.Failed))
        {
            return ExitCodes.DocumentFailed;
        }

        if (settings.FailOn is { } level && report.Documents.Any(d => d.RiskLevel >= level))
        {
            return ExitCodes.FailOnTripped;
        }

        return ExitCodes.Done;
    }

    private async Task<DocumentReport[]> ScanAllAsync(IReadOnlyList<ScanInput> inputs, ScanSettings settings, ScanConsole console, CancellationToken cancellationToken)
    {
        var results = new DocumentReport[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = s_parallelism, CancellationToken = cancellationToken };
        if (!ShowsProgress(inputs.Count, settings, console))
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count), parallel, async (i, ct) =>
                results[i] = await files.ScanAsync(inputs[i], settings.DocumentTypeHint, settings.OurParty, ct));
            return results;
        }

        var progressConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        await progressConsole.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Scanning {inputs.Count} files", maxValue: inputs.Count);
                await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count), parallel, async (i, ct) =>
                {
                    results[i] = await files.ScanAsync(inputs[i], settings.DocumentTypeHint, settings.OurParty, ct);
                    task.Increment(1);
                });
            });
        return results;
    }

    /// <summary>
    /// A progress bar goes to standard error, and only when that is a terminal. Not while a JSON or
    /// HTML report is about to be printed on the same terminal: the two would interleave.
    /// </summary>
    internal static bool ShowsProgress(int fileCount, ScanSettings settings, ScanConsole console) =>
        fileCount > ProgressThreshold
        && console.ErrorIsTerminal
        && (settings.Format == ReportFormat.Table || settings.OutFile is not null || !console.OutputIsTerminal);

    private async Task<bool> WriteReportAsync(ScanReport report, ScanSettings settings, ScanConsole console, CancellationToken cancellationToken)
    {
        if (settings.OutFile is null)
        {
            await RenderAsync(report, settings.Format, console.Output, console.OutputIsTerminal, scoring.Value.MinimumConfidenceForRisk, cancellationToken);
            await console.Output.FlushAsync(cancellationToken);
            return true;
        }

        try
        {
            await using (var writer = new StreamWriter(settings.OutFile, append: false, s_utf8))
            {
                await RenderAsync(report, settings.Format, writer, isTerminal: false, scoring.Value.MinimumConfidenceForRisk, cancellationToken);
            }

            await console.Error.WriteLineAsync($"intake scan: wrote the {settings.Format.ToString().ToLowerInvariant()} report of {report.Documents.Count} documents to {settings.OutFile}");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogCannotWrite(logger, settings.OutFile, exception.GetType().Name);
            await console.Error.WriteLineAsync($"intake scan: cannot write the report to {settings.OutFile}: {exception.Message}");
            return false;
        }
    }

    private static async Task RenderAsync(ScanReport report, ReportFormat format, TextWriter writer, bool isTerminal, double minimumConfidence, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case ReportFormat.Json:
                await writer.WriteLineAsync(ReportJson.Serialize(report).AsMemory(), cancellationToken);
                break;
            case ReportFormat.Html:
                await writer.WriteAsync(HtmlReportRenderer.Render(report, minimumConfidence: minimumConfidence).AsMemory(), cancellationToken);
                break;
            default:
                TableReportRenderer.Render(report, TableConsole(writer, isTerminal));
                break;
        }
    }

    /// <summary>Colours and the real width on a terminal; plain text 140 columns wide in files and pipes.</summary>
    private static IAnsiConsole TableConsole(TextWriter writer, bool isTerminal)
    {
        var table = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            table.Profile.Width = 140;
        }

        return table;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scanned {DocumentCount} documents, exit code {ExitCode}")]
    private static partial void LogDone(ILogger logger, int documentCount, int exitCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot write the report to {OutFile}: {Problem}")]
    private static partial void LogCannotWrite(ILogger logger, string outFile, string problem);
}
