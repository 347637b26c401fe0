using System.CommandLine;
using Intake.Cli.Scanning;
using Intake.Pipeline.Direction;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Signals.Screening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake scan PATH... [--format table|json|html] [--out FILE] [--fail-on LEVEL] [--doctype TYPE] [--our-party NAME|ROLE] [--screening-list FILE]...</c>:
/// parses the arguments and hands off to <see cref="ScanService"/>. Parse errors (unknown option,
/// bad value, a path that does not exist) are usage errors, exit code 1.
/// </summary>
internal static class ScanCommand
{
    private static readonly string[] s_formats = ["table", "json", "html"];
    private static readonly string[] s_levels = ["none", "low", "medium", "high"];
    private static readonly string[] s_doctypes = ["nda", "licence", "license", "joint-research", "investment", "secondment", "supply", "joint-venture", "manufacturing", "services", "ip-assignment", "marketing", "amendment"];

    /// <param name="configureServices">Changes to the service container after the pipeline is added; tests use it to replace a stage.</param>
    public static Command Create(Action<IServiceCollection>? configureServices = null)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to scan. Folders are walked recursively, skipping hidden entries.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result =>
        {
            foreach (var path in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    result.AddError($"No such file or folder: {path}");
                }
            }
        });

        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: a table for people, JSON for programs (a stable shape), or one self-contained HTML page.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong(s_formats);

        var outFile = new Option<string?>("--out", "-o")
        {
            Description = "Write the report to this file instead of standard output.",
            HelpName = "FILE",
        };
        outFile.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            var folder = string.IsNullOrEmpty(value) ? null : Path.GetDirectoryName(Path.GetFullPath(value));
            if (string.IsNullOrWhiteSpace(value) || Directory.Exists(value))
            {
                result.AddError("--out needs a file name.");
            }
            else if (folder is not null && !Directory.Exists(folder))
            {
                result.AddError($"--out: the folder {folder} does not exist.");
            }
        });

        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with code 3 when any document reaches this risk level (for CI gates). 'none' never fails.",
            DefaultValueFactory = _ => "none",
            HelpName = "LEVEL",
        };
        failOn.AcceptOnlyFromAmong(s_levels);

        var doctype = new Option<string?>("--doctype")
        {
            Description = "Treat every file as this document type, which decides the safeguards expected. Default: inferred from each title.",
            HelpName = "TYPE",
        };
        doctype.AcceptOnlyFromAmong(s_doctypes);

        var ourParty = new Option<string?>("--our-party")
        {
            Description = "Which party is ours: a role the contract uses (甲, 乙, Licensee, Company …) or a party's name from the preamble. Clauses that favour us drop to Info and the risk level counts exposures towards the counterparty only. Default: direction is not considered.",
            HelpName = "NAME|ROLE",
        };
        ourParty.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && OurParty.Clean(value) is null)
            {
                result.AddError("--our-party needs a party name or role of at most 100 characters.");
            }
        });

        var screeningLists = new Option<string[]>("--screening-list")
        {
            Description = "Screen the parties against this restricted-party list (CSV: name,aliases,country,list,reason). Repeat for several lists. Without one, reports say the parties were not screened.",
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = false,
        };
        screeningLists.Validators.Add(result =>
        {
            foreach (var file in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!File.Exists(file))
                {
                    result.AddError($"--screening-list: no such file: {file}");
                }
            }
        });

        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log each document's progress to standard error." };

        var command = new Command("scan", "Scan local files (PDF, DOCX, text) and print a report of the clauses that open routes for technology leakage.")
        {
            paths, format, outFile, failOn, doctype, ourParty, screeningLists, verbose,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = new ScanSettings(
                parseResult.GetValue(paths) ?? [],
                Enum.Parse<ReportFormat>(parseResult.GetValue(format) ?? "table", ignoreCase: true),
                parseResult.GetValue(outFile),
                LevelOf(parseResult.GetValue(failOn)),
                parseResult.GetValue(doctype) is "license" ? "licence" : parseResult.GetValue(doctype))
            {
                OurParty = OurParty.Clean(parseResult.GetValue(ourParty)),
                ScreeningLists = parseResult.GetValue(screeningLists) ?? [],
            };
            var console = ScanConsole.For(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var minimumLevel = parseResult.GetValue(verbose) ? LogLevel.Information : LogLevel.Warning;

            // Lists are read before the first document: a list that cannot be read refuses the whole scan.
            FixedScreeningListSource lists;
            try
            {
                lists = await FixedScreeningListSource.FromFilesAsync(settings.ScreeningLists, cancellationToken);
            }
            catch (ScreeningListException exception)
            {
                await console.Error.WriteLineAsync($"intake scan: {exception.Message}. Nothing was scanned: fix the list, or leave it out to scan without screening.");
                return ExitCodes.ScreeningListError;
            }

            await using var services = ScanServices.Build(minimumLevel, services =>
            {
                services.AddSingleton<IScreeningListSource>(lists);
                configureServices?.Invoke(services);
            });
            return await services.GetRequiredService<ScanService>().RunAsync(settings, console, cancellationToken);
        });
        return command;
    }

    private static RiskLevel? LevelOf(string? value) => value switch
    {
        "low" => RiskLevel.Low,
        "medium" => RiskLevel.Medium,
        "high" => RiskLevel.High,
        _ => null,
    };
}
