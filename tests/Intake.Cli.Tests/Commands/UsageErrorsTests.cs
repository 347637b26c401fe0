using Intake.Cli.Scanning;
using Intake.Cli.Tests.TestSupport;

namespace Intake.Cli.Tests.Commands;

public class UsageErrorsTests
{
    [Fact]
    public async Task UnknownOption_IsReportedOnStandardErrorFirstWithAOneLineHint()
    {
        var result = await CliRun.RunAsync("scan", ".", "--no-such-option");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Empty(result.Output);
        var lines = result.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("--no-such-option", lines[0], StringComparison.Ordinal);
        Assert.Equal("Run 'intake scan --help' for usage.", lines[^1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task BadOptionValue_NamesTheValueAndPrintsNoHelp()
    {
        var result = await CliRun.RunAsync("scan", ".", "--format", "xml");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.StartsWith("Argument 'xml'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Options:", result.Error, StringComparison.Ordinal);
        Assert.EndsWith($"Run 'intake scan --help' for usage.{Environment.NewLine}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingArgument_PointsAtTheCommandTheUserTyped()
    {
        var result = await CliRun.RunAsync("scan");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("Run 'intake scan --help' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_StillPrintsTheFullHelpOnStandardOutput()
    {
        var result = await CliRun.RunAsync("scan", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--format", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }
}
