using System.CommandLine;
using Intake.Cli.Scanning;

namespace Intake.Cli.Commands;

/// <summary>
/// Runs a parsed command line; a usage error is reported on standard error, error first, with a
/// one-line hint to the command's help.
/// </summary>
/// <remarks>
/// System.CommandLine's default parse-error action prints the whole help text to standard output and
/// the error after it on standard error: a script sees help where it expects a report, and a person
/// has to scroll past the help to find what was wrong. Help stays one <c>--help</c> away.
/// </remarks>
internal static class UsageErrors
{
    public static Task<int> InvokeAsync(ParseResult parseResult, InvocationConfiguration? configuration = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (parseResult.Errors.Count == 0)
        {
            return parseResult.InvokeAsync(configuration, cancellationToken);
        }

        var error = configuration?.Error ?? Console.Error;
        foreach (var parseError in parseResult.Errors)
        {
            error.WriteLine(parseError.Message);
        }

        error.WriteLine($"Run '{CommandPath(parseResult)} --help' for usage.");
        return Task.FromResult(ExitCodes.UsageError);
    }

    /// <summary>"intake scan" for the innermost command the user reached, as they would type it.</summary>
    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "intake" : result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
