using System.CommandLine;
using Intake.Cli.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Cli.Tests.TestSupport;

/// <summary>The outcome of one in-process run of the <c>intake</c> command line.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>
/// Runs <c>intake</c> in process the way Program.cs does (parse, then invoke through UsageErrors), with standard output
/// and standard error captured, and optionally with pipeline stages replaced through the service
/// collection.
/// </summary>
internal static class CliRun
{
    public static async Task<CliResult> RunAsync(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var root = new RootCommand("intake (test)");
        root.Subcommands.Add(ScanCommand.Create(configureServices));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await UsageErrors.InvokeAsync(root.Parse(args), new InvocationConfiguration { Output = output, Error = error });
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, null);
}
