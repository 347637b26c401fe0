using Intake.Cli.Scanning;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;

namespace Intake.Cli.Tests.Scanning;

public sealed class ScanServiceTests
{
    private static readonly ScanSettings s_table = new(["x"], ReportFormat.Table, null, null, null);

    private static DocumentReport Report(DocumentStatus status, RiskLevel risk) =>
        new("x", status, null, "en", 1, 1, risk, []);

    [Fact]
    public void ExitCode_FailedAndTripped_FailedWins()
    {
        var report = new ScanReport([Report(DocumentStatus.Failed, RiskLevel.None), Report(DocumentStatus.Completed, RiskLevel.High)]);

        Assert.Equal(ExitCodes.DocumentFailed, ScanService.ExitCodeOf(report, s_table with { FailOn = RiskLevel.High }));
    }

    [Fact]
    public void ExitCode_RejectedAndNeedsOcr_AreNotErrors()
    {
        var report = new ScanReport([Report(DocumentStatus.Rejected, RiskLevel.None), Report(DocumentStatus.NeedsOcr, RiskLevel.None)]);

        Assert.Equal(ExitCodes.Done, ScanService.ExitCodeOf(report, s_table with { FailOn = RiskLevel.Low }));
    }

    [Theory]
    [InlineData(4, "Table", null, true, true, true)]
    [InlineData(3, "Table", null, true, true, false)]
    [InlineData(10, "Table", null, true, false, false)]
    [InlineData(10, "Json", null, true, true, false)]
    [InlineData(10, "Json", null, false, true, true)]
    [InlineData(10, "Html", "report.html", true, true, true)]
    public void Progress_OnlyOnATerminalAndNeverOverAJsonOrHtmlReportOnTheSameTerminal(
        int files, string format, string? outFile, bool outputIsTerminal, bool errorIsTerminal, bool expected)
    {
        var console = new ScanConsole(TextWriter.Null, TextWriter.Null, outputIsTerminal, errorIsTerminal);

        Assert.Equal(expected, ScanService.ShowsProgress(files, s_table with { Format = Enum.Parse<ReportFormat>(format), OutFile = outFile }, console));
    }
}
