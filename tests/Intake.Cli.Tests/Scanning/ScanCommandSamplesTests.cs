using System.Text.Json;
using Intake.Cli.Tests.TestSupport;

namespace Intake.Cli.Tests.Scanning;

/// <summary>
/// <c>intake scan samples</c> end to end, with the real pipeline: every sample is read, cut into
/// clauses and reported in the stable JSON shape.
/// </summary>
public sealed class ScanCommandSamplesTests
{
    private static readonly string[] s_documentFields = ["source", "status", "reason", "language", "pages", "clauses", "riskLevel", "findings"];
    private static readonly string[] s_findingFields = ["label", "family", "severity", "confidence", "text", "heading", "page", "offset"];
    private static readonly string[] s_statuses = ["Completed", "NeedsOcr", "Rejected", "Failed"];
    private static readonly string[] s_riskLevels = ["None", "Low", "Medium", "High"];

    private static string[] SampleFiles() =>
        [.. Directory.GetFiles(RepositoryPaths.Samples).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void Samples_CoverJapaneseAndEnglishInPdfDocxAndText()
    {
        var files = SampleFiles();
        foreach (var suffix in new[] { "-ja.pdf", "-ja.docx", "-ja.txt", "-en.pdf", "-en.docx", "-en.txt" })
        {
            Assert.Contains(files, f => f.EndsWith(suffix, StringComparison.Ordinal));
        }

        Assert.All(files, f => Assert.True(new FileInfo(Path.Combine(RepositoryPaths.Samples, f)).Length < 200 * 1024, f + " is over 200 KB"));
    }

    [Fact]
    public async Task ScanSamples_Json_PrintsTheStableShapeForEverySample()
    {
        var result = await CliRun.RunAsync("scan", RepositoryPaths.Samples, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        List<string?> expectedSources = [.. SampleFiles().Select(f => RepositoryPaths.Samples.Replace('\\', '/') + "/" + f)];
        Assert.Equal(expectedSources, documents.Select(d => d.GetProperty("source").GetString()).ToList());

        foreach (var document in documents)
        {
            var source = document.GetProperty("source").GetString()!;
            foreach (var field in s_documentFields)
            {
                Assert.True(document.TryGetProperty(field, out _), $"{source}: no '{field}'");
            }

            Assert.Contains(document.GetProperty("status").GetString(), s_statuses);
            Assert.Contains(document.GetProperty("riskLevel").GetString(), s_riskLevels);
            foreach (var finding in document.GetProperty("findings").EnumerateArray())
            {
                foreach (var field in s_findingFields)
                {
                    Assert.True(finding.TryGetProperty(field, out _), $"{source}: a finding without '{field}'");
                }
            }
        }
    }

    [Fact]
    public async Task ScanSamples_Json_ReadsEverySampleIntoClausesOfItsLanguage()
    {
        var result = await CliRun.RunAsync("scan", RepositoryPaths.Samples, "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var source = document.GetProperty("source").GetString()!;
            var reason = document.GetProperty("reason").ToString();
            Assert.True(document.GetProperty("status").GetString() == "Completed", $"{source}: {document.GetProperty("status")} ({reason})");
            Assert.True(document.GetProperty("pages").GetInt32() >= 1, $"{source}: no pages");
            Assert.True(document.GetProperty("clauses").GetInt32() >= 5, $"{source}: only {document.GetProperty("clauses")} clauses");
            var expectedLanguage = Path.GetFileNameWithoutExtension(source)[^2..];
            Assert.Equal(expectedLanguage, document.GetProperty("language").GetString());
        }
    }

    [Fact]
    public async Task ScanSamples_Json_FindingsAreExplainedAndLocatedOrAbsentWithoutAModel()
    {
        var result = await CliRun.RunAsync("scan", RepositoryPaths.Samples, "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var source = document.GetProperty("source").GetString();
            var findings = document.GetProperty("findings").EnumerateArray().ToList();
            if (document.GetProperty("modelVersion").ValueKind == JsonValueKind.Null)
            {
                // No model shipped: clauses are reported and nothing is invented about them; only list signals remain.
                Assert.All(findings, f => Assert.Equal("Signal", f.GetProperty("kind").GetString()));
                continue;
            }

            // Every sample was written to contain several taxonomy clauses.
            Assert.True(findings.Count(f => f.GetProperty("kind").GetString() == "Clause") >= 3, $"{source}: fewer than 3 clause findings");
            foreach (var finding in findings)
            {
                var label = finding.GetProperty("label").GetString()!;
                Assert.True(Intake.Pipeline.Classification.Taxonomy.IsLabel(label) || Intake.Pipeline.Signals.SignalLabels.All.Contains(label), $"{source}: unknown label {label}");
                var confidence = finding.GetProperty("confidence").GetDouble();
                Assert.InRange(confidence, 0, 1);
                Assert.NotEmpty(finding.GetProperty("explanation").EnumerateArray());
                if (finding.GetProperty("kind").GetString() == "Clause")
                {
                    Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("text").GetString()), $"{source}: a clause finding without text");
                    Assert.True(finding.GetProperty("page").GetInt32() >= 1, $"{source}: a clause finding without a page");
                    Assert.True(finding.GetProperty("offset").GetInt32() >= 0, $"{source}: a clause finding without an offset");
                }
            }
        }
    }

    [Fact]
    public async Task ScanSamples_TwiceInARow_GivesTheSameReport()
    {
        var first = await CliRun.RunAsync("scan", RepositoryPaths.Samples, "--format", "json");
        var second = await CliRun.RunAsync("scan", RepositoryPaths.Samples, "--format", "json");

        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task ScanSamples_Table_ListsEverySampleAndASummary()
    {
        var result = await CliRun.RunAsync("scan", RepositoryPaths.Samples);

        Assert.Equal(0, result.ExitCode);
        foreach (var file in SampleFiles())
        {
            Assert.Contains(file, result.Output, StringComparison.Ordinal);
        }

        Assert.Contains($"{SampleFiles().Length} documents", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanSamples_Html_IsOnePageWithEverySample()
    {
        var result = await CliRun.RunAsync("scan", RepositoryPaths.Samples, "--format", "html");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", result.Output, StringComparison.Ordinal);
        foreach (var file in SampleFiles())
        {
            Assert.Contains(file, result.Output, StringComparison.Ordinal);
        }
    }
}
