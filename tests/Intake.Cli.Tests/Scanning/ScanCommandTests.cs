using System.Text.Json;
using Intake.Cli.Scanning;
using Intake.Cli.Tests.TestSupport;
using Intake.Pipeline.Extraction;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Cli.Tests.Scanning;

/// <summary>
/// The command's contract on files the tests write: statuses, exit codes, options and output forms.
/// Extraction, segmentation and the model are replaced by <see cref="PipelineDoubles"/> where a test
/// needs a particular outcome (a finding, a Failed document); the scanner, scorer and renderers are real.
/// </summary>
public sealed class ScanCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static JsonElement[] Documents(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("documents").EnumerateArray()];

    [Fact]
    public async Task Scan_CorruptAndEmptyFiles_RecordsRejectedAndExitsZero()
    {
        _folder.Write("random.pdf", [.. Enumerable.Range(0, 512).Select(i => (byte)(i * 37 % 251))]);
        _folder.Write("empty.txt", []);
        _folder.Write("one-byte.docx", [0x50]);

        var result = await CliRun.RunAsync("scan", _folder.Path, "--format", "json");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        var documents = Documents(result.Output);
        Assert.Equal(3, documents.Length);
        Assert.All(documents, d =>
        {
            Assert.Equal("Rejected", d.GetProperty("status").GetString());
            Assert.False(string.IsNullOrWhiteSpace(d.GetProperty("reason").GetString()));
            Assert.Equal("None", d.GetProperty("riskLevel").GetString());
        });
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_ExtractorThrowsOnOneFile_RecordsFailedForItAndScansTheRest()
    {
        _folder.Write("a-contract.txt", "Article 1. The parties agree.");
        _folder.Write(PipelineDoubles.ThrowingPrefix + ".txt", "anything");
        _folder.Write("z-contract.txt", "Article 1. The parties agree.");

        var result = await CliRun.RunAsync(["scan", _folder.Path, "--format", "json"], PipelineDoubles.Replace);

        Assert.Equal(ExitCodes.DocumentFailed, result.ExitCode);
        var statuses = Documents(result.Output).Select(d => d.GetProperty("status").GetString()).ToList();
        Assert.Equal(["Completed", "Failed", "Completed"], statuses);
        Assert.Contains("internal error", Documents(result.Output)[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_OcrServiceDown_RecordsFailedForThatFileAndScansTheRest()
    {
        _folder.Write("a-contract.txt", "Article 1. The parties agree.");
        _folder.Write(PipelineDoubles.OcrDownPrefix + ".pdf", "a scan");

        var result = await CliRun.RunAsync(["scan", _folder.Path, "--format", "json"], PipelineDoubles.Replace);

        Assert.Equal(ExitCodes.DocumentFailed, result.ExitCode);
        var documents = Documents(result.Output);
        Assert.Equal("Completed", documents[0].GetProperty("status").GetString());
        Assert.Equal("Failed", documents[1].GetProperty("status").GetString());
        Assert.Contains("OCR service did not answer", documents[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("high", ExitCodes.FailOnTripped)]
    [InlineData("medium", ExitCodes.FailOnTripped)]
    [InlineData("low", ExitCodes.FailOnTripped)]
    [InlineData("none", ExitCodes.Done)]
    public async Task Scan_HighRiskDocumentWithFailOn_ExitsThreeWhenTheLevelIsReached(string failOn, int expected)
    {
        _folder.Write("licence.txt", "Licensor shall train Licensee's engineers. label: know-how-transfer");

        var result = await CliRun.RunAsync(["scan", _folder.Path, "--format", "json", "--fail-on", failOn], PipelineDoubles.Replace);

        Assert.Equal(expected, result.ExitCode);
        Assert.Equal("High", Documents(result.Output)[0].GetProperty("riskLevel").GetString());
    }

    [Fact]
    public async Task Scan_MediumRiskDocumentWithFailOnHigh_ExitsZero()
    {
        _folder.Write("access.txt", "Partner may access the servers. label: data-access");

        var result = await CliRun.RunAsync(["scan", _folder.Path, "--fail-on", "high"], PipelineDoubles.Replace);

        Assert.Equal(ExitCodes.Done, result.ExitCode);
    }

    [Fact]
    public async Task Scan_FailedDocumentAndFailOnTripped_ExitsTwo()
    {
        _folder.Write("licence.txt", "label: know-how-transfer");
        _folder.Write(PipelineDoubles.ThrowingPrefix + ".txt", "anything");

        var result = await CliRun.RunAsync(["scan", _folder.Path, "--fail-on", "high"], PipelineDoubles.Replace);

        Assert.Equal(ExitCodes.DocumentFailed, result.ExitCode);
    }

    [Fact]
    public async Task Scan_FileOverTheSizeLimit_IsRejectedWithTheLimitAndNeverRead()
    {
        var extractor = new PipelineDoubles.TextOnlyExtractor();
        _folder.Write("big.txt", new string('x', 2048));
        _folder.Write("small.txt", "label: data-access");

        var result = await CliRun.RunAsync(["scan", _folder.Path, "--format", "json"], services =>
        {
            PipelineDoubles.Replace(services);
            services.AddSingleton<IDocumentExtractor>(extractor);
            services.Configure<ExtractionOptions>(options => options.MaxBytes = 1024);
        });

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        var documents = Documents(result.Output);
        Assert.Equal("Rejected", documents[0].GetProperty("status").GetString());
        var reason = documents[0].GetProperty("reason").GetString()!;
        Assert.Contains("2,048 bytes", reason, StringComparison.Ordinal);
        Assert.Contains("the limit is 1,024 bytes (environment variable INTAKE_Extraction__MaxBytes)", reason, StringComparison.Ordinal);
        Assert.Equal("Completed", documents[1].GetProperty("status").GetString());
        Assert.Equal(1, extractor.Calls);
    }

    [Fact]
    public async Task Scan_BrokenSymlinkInAFolder_IsRejectedAndTheOtherFilesAreScanned()
    {
        _folder.Write("a.txt", "Article 1. Nothing to see.");
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "b-gone.txt"), Path.Combine(_folder.Path, "missing-target.txt"));
        _folder.Write("c.txt", "Article 1. Nothing to see.");

        var result = await CliRun.RunAsync(["scan", _folder.Path, "--format", "json"], PipelineDoubles.Replace);

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        var statuses = Documents(result.Output).Select(d => d.GetProperty("status").GetString()).ToList();
        Assert.Equal(["Completed", "Rejected", "Completed"], statuses);
    }

    [Fact]
    public async Task Scan_Folder_ListsFilesInPathOrderAndSkipsHiddenEntries()
    {
        _folder.Write("b/2.txt", "x");
        _folder.Write("a.txt", "x");
        _folder.Write("b/1.txt", "x");
        _folder.Write(".hidden/secret.txt", "x");
        _folder.Write(".dotfile.txt", "x");

        var result = await CliRun.RunAsync(["scan", _folder.Path + "/", "--format", "json"], PipelineDoubles.Replace);

        var sources = Documents(result.Output).Select(d => d.GetProperty("source").GetString()).ToList();
        var root = _folder.Path.Replace('\\', '/');
        Assert.Equal([root + "/a.txt", root + "/b/1.txt", root + "/b/2.txt"], sources);
    }

    [Fact]
    public async Task Scan_FolderWithALinkCycle_DoesNotFollowFolderLinks()
    {
        _folder.Write("sub/a.txt", "x");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "sub", "up"), _folder.Path);

        var result = await CliRun.RunAsync(["scan", _folder.Path, "--format", "json"], PipelineDoubles.Replace);

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Equal(_folder.Path.Replace('\\', '/') + "/sub/a.txt", Assert.Single(Documents(result.Output)).GetProperty("source").GetString());
    }

    [Fact]
    public async Task Scan_SameFileTwice_ReportsItOnce()
    {
        var file = _folder.Write("a.txt", "x");

        var result = await CliRun.RunAsync(["scan", file, _folder.Path, "--format", "json"], PipelineDoubles.Replace);

        Assert.Single(Documents(result.Output));
    }

    [Fact]
    public async Task Scan_NonexistentPath_IsAUsageErrorAndScansNothing()
    {
        _folder.Write("a.txt", "x");

        var result = await CliRun.RunAsync("scan", _folder.Path, Path.Combine(_folder.Path, "no-such-file.pdf"));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("No such file or folder", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan")]
    [InlineData("scan", ".", "--format", "xml")]
    [InlineData("scan", ".", "--fail-on", "critical")]
    [InlineData("scan", ".", "--doctype", "poem")]
    [InlineData("scan", ".", "--no-such-option")]
    public async Task Scan_BadArguments_AreAUsageError(params string[] args)
    {
        var result = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public async Task Scan_OutFile_WritesTheReportThereAndKeepsStandardOutputEmpty()
    {
        _folder.Write("in/licence.txt", "label: know-how-transfer");
        var outFile = Path.Combine(_folder.Path, "report.json");

        var result = await CliRun.RunAsync(["scan", Path.Combine(_folder.Path, "in"), "--format", "json", "--out", outFile], PipelineDoubles.Replace);

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var documents = Documents(await File.ReadAllTextAsync(outFile));
        Assert.Equal("know-how-transfer", Assert.Single(documents[0].GetProperty("findings").EnumerateArray()).GetProperty("label").GetString());
        Assert.Contains("report.json", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_OutFileInAMissingFolder_IsAUsageError()
    {
        _folder.Write("a.txt", "x");

        var result = await CliRun.RunAsync("scan", _folder.Path, "--out", Path.Combine(_folder.Path, "no", "such", "report.json"));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
    }

    [Fact]
    public async Task Scan_HtmlFormat_EscapesHostileClauseTextAndFileNames()
    {
        _folder.Write("<img src=x onerror=alert(2)>.txt", "<script>alert(1)</script> & \"quotes\" label: know-how-transfer");

        var result = await CliRun.RunAsync(["scan", _folder.Path, "--format", "html"], PipelineDoubles.Replace);

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.DoesNotContain("<script", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", result.Output, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_TableFormat_ShowsStatusesFindingsAndMarkupAsWritten()
    {
        _folder.Write("licence.txt", "Licensor shall [red]train[/] Licensee's engineers. label: know-how-transfer");
        _folder.Write("empty.txt", []);

        var result = await CliRun.RunAsync(["scan", _folder.Path], PipelineDoubles.Replace);

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Contains("licence.txt", result.Output, StringComparison.Ordinal);
        Assert.Contains("Completed", result.Output, StringComparison.Ordinal);
        Assert.Contains("Rejected", result.Output, StringComparison.Ordinal);
        Assert.Contains("empty file", result.Output, StringComparison.Ordinal);
        Assert.Contains("know-how-transfer", result.Output, StringComparison.Ordinal);
        Assert.Contains("[red]train[/]", result.Output, StringComparison.Ordinal);
        Assert.Contains("2 documents: 1 Completed, 1 Rejected · risk: 1 High", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_DoctypeHint_DecidesTheExpectedSafeguards()
    {
        _folder.Write("plain.txt", "The parties shall meet once a year.");

        var result = await CliRun.RunAsync(["scan", _folder.Path, "--format", "json", "--doctype", "license"], PipelineDoubles.Replace);

        var document = Documents(result.Output)[0];
        Assert.Equal("Licence", document.GetProperty("documentType").GetString());
        var missing = document.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("kind").GetString() == "MissingSafeguard")
            .Select(f => f.GetProperty("label").GetString())
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["assignment-restriction", "confidentiality", "export-compliance"], missing);
    }

    [Fact]
    public async Task Scan_EmptyFolder_PrintsAnEmptyReportAndSaysSo()
    {
        var result = await CliRun.RunAsync("scan", _folder.Path, "--format", "json");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Empty(Documents(result.Output));
        Assert.Contains("no files found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_ScreeningListGiven_ScreensTheParties()
    {
        _folder.Write("licence.txt", "LICENSE AGREEMENT\n\nThis Agreement is made by and between Northgate Components Ltd. (\"Licensor\") and Orion Technologies Inc. (\"Licensee\").\n\nArticle 1 (Grant)\nLicensor grants Licensee a licence to use its trademarks.\n");
        var list = _folder.Write("lists/eul.csv", "name,aliases,country,list,reason\n\"Orion Tech Co., Ltd.\",Orion Technologies,XX,End User List,\n");

        var result = await CliRun.RunAsync("scan", System.IO.Path.Combine(_folder.Path, "licence.txt"), "--screening-list", list, "--format", "json");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        var document = Documents(result.Output)[0];
        Assert.True(document.GetProperty("screening").GetProperty("screened").GetBoolean());
        Assert.Equal(2, document.GetProperty("parties").GetArrayLength());
        Assert.Contains(document.GetProperty("findings").EnumerateArray(), f => f.GetProperty("label").GetString() == "restricted-party" && f.GetProperty("severity").GetString() == "High");
        Assert.Equal("High", document.GetProperty("riskLevel").GetString());
    }

    [Fact]
    public async Task Scan_MalformedScreeningList_RefusesTheScanNamingTheLine()
    {
        _folder.Write("licence.txt", "LICENSE AGREEMENT\n\nArticle 1 (Grant)\nThe parties agree.\n");
        var list = _folder.Write("lists/bad.csv", "name,aliases\nGood Co.,\n\"Broken Co.,alias\n");

        var result = await CliRun.RunAsync("scan", System.IO.Path.Combine(_folder.Path, "licence.txt"), "--screening-list", list, "--format", "json");

        Assert.Equal(ExitCodes.ScreeningListError, result.ExitCode);
        Assert.Contains("bad.csv, line 3", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was scanned", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output.Trim());
    }

    [Fact]
    public async Task Scan_NoScreeningList_ReportsThePartiesAsNotScreened()
    {
        _folder.Write("licence.txt", "LICENSE AGREEMENT\n\nArticle 1 (Grant)\nThe parties agree.\n");

        var result = await CliRun.RunAsync("scan", _folder.Path, "--format", "json");

        Assert.False(Documents(result.Output)[0].GetProperty("screening").GetProperty("screened").GetBoolean());
    }
}
