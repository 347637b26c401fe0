using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Intake.Cli.Commands;
using Intake.Cli.Tests.TestSupport;

namespace Intake.Cli.Tests;

/// <summary>
/// The model commands end to end, in process: <c>intake train</c> on a corpus the test writes (English
/// and Japanese, no shared data), then <c>classify</c>, <c>eval</c> and <c>bench</c> with that model.
/// </summary>
public sealed class ClassifyCommandTests : IClassFixture<ClassifyCommandTests.TrainedModel>
{
    private readonly TrainedModel _trained;

    public ClassifyCommandTests(TrainedModel trained) => _trained = trained;

    private static async Task<CliResult> RunAsync(params string[] args)
    {
        var root = new RootCommand("intake (test)");
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ClassifyCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Train_WrittenCorpusWithoutSharedData_WritesModelAndReport()
    {
        Assert.Equal(0, _trained.Result.ExitCode);
        Assert.True(File.Exists(_trained.ModelPath));
        Assert.Contains("our corpus alone", _trained.Result.Output, StringComparison.Ordinal);
        Assert.Contains("Validation split", _trained.Result.Output, StringComparison.Ordinal);
        Assert.Contains("assignment-restriction", _trained.Result.Output, StringComparison.Ordinal);
        Assert.Contains("Held out", File.ReadAllText(_trained.ReportPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_JsonlFile_AnswersEachLineInOrderWithDecidedLabels()
    {
        var input = _trained.Folder.Write("in.jsonl", string.Join('\n',
            """{"id":"en-1","text":"The Reseller may not assign this Agreement without the prior written consent of the Vendor.","source":"ignored"}""",
            """{"id":"ja-1","text":"本契約の準拠法は日本法とし、東京地方裁判所を専属的合意管轄裁判所とする。"}""",
            "{\"id\":\"bad\"",
            """{"id":"no-text","heading":"x"}""",
            """{"id":7,"text":"The invoice is payable within thirty days."}"""));

        var result = await RunAsync("classify", "--input", input, "--model", _trained.ModelPath);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, lines.Count);
        Assert.Equal("en-1", lines[0].GetProperty("id").GetString());
        Assert.Equal(["assignment-restriction"], Labels(lines[0]));
        Assert.Equal(["foreign-jurisdiction"], Labels(lines[1]));
        Assert.True(lines[2].TryGetProperty("error", out _));
        Assert.Equal("no-text", lines[3].GetProperty("id").GetString());
        Assert.True(lines[3].TryGetProperty("error", out _));
        Assert.Equal(7, lines[4].GetProperty("id").GetInt32());
        Assert.Empty(Labels(lines[4]));
        Assert.Contains("2 line(s)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_AllScores_ListsEveryLabelWithAScoreBetweenZeroAndOne()
    {
        var input = _trained.Folder.Write("all.jsonl", """{"id":1,"text":"受領者は、秘密情報を第三者に開示してはならない。"}""");

        var result = await RunAsync("classify", "-i", input, "--all-scores", "--model", _trained.ModelPath);

        var labels = JsonDocument.Parse(result.Output).RootElement.GetProperty("labels").EnumerateArray().ToList();
        Assert.Equal(15, labels.Count);
        Assert.All(labels, l => Assert.InRange(l.GetProperty("score").GetDouble(), 0, 1));
        Assert.Contains(labels, l => l.GetProperty("label").GetString() == "confidentiality" && l.GetProperty("decided").GetBoolean());
    }

    [Fact]
    public async Task Classify_MissingModel_IsAUsageError()
    {
        var result = await RunAsync("classify", "--model", Path.Combine(_trained.Folder.Path, "nope.zip"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no clause model", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_LabelledFile_PrintsPerLabelAndPerLanguageMetrics()
    {
        var result = await RunAsync("eval", _trained.CorpusPath, "--model", _trained.ModelPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("macro-F1", result.Output, StringComparison.Ordinal);
        Assert.Contains("micro", result.Output, StringComparison.Ordinal);
        Assert.Contains("en (", result.Output, StringComparison.Ordinal);
        Assert.Contains("ja (", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_ShippedOrGivenModel_ReportsSpeedAsRatios()
    {
        var result = await RunAsync("bench", "--model", _trained.ModelPath, "--seconds", "0.2", "--data", Path.Combine(_trained.Folder.Path, "none"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("clauses/s", result.Output, StringComparison.Ordinal);
        Assert.Contains("keyword matcher", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_SeveralRuns_ReportsMedianAndRangeOfEachPipeline()
    {
        var result = await RunAsync("bench", "--model", _trained.ModelPath, "--seconds", "0.1", "--runs", "3", "--data", Path.Combine(_trained.Folder.Path, "none"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 run(s)", result.Output, StringComparison.Ordinal);
        var keyword = result.Output.Split('\n').Single(l => l.TrimStart().StartsWith("keyword matcher", StringComparison.Ordinal));
        // The keyword matcher is the reference without a trainable corpus: its own ratio is 1 in every run.
        Assert.Matches(@"\d[\d,]*–\d[\d,]*\s+1\.00\s+1\.00–1\.00\s+\d[\d,]*$", keyword.TrimEnd());
        Assert.Contains("B/clause", result.Output, StringComparison.Ordinal);
    }

    private static string[] Labels(JsonElement line) =>
        [.. line.GetProperty("labels").EnumerateArray().Select(l => l.GetProperty("label").GetString()!)];

    /// <summary>Trains once for the class: a written corpus, <c>intake train --no-shared</c>.</summary>
    public sealed class TrainedModel : IDisposable
    {
        public TrainedModel()
        {
            CorpusPath = Folder.Write("corpus/test.jsonl", Corpus());
            ModelPath = Path.Combine(Folder.Path, "model.zip");
            ReportPath = Path.Combine(Folder.Path, "report.md");
            Result = RunAsync("train", "--data", CorpusPath, "--no-shared", "--no-baselines", "--out", ModelPath, "--report", ReportPath)
                .GetAwaiter().GetResult();
        }

        internal TempFolder Folder { get; } = new();

        public string CorpusPath { get; }

        public string ModelPath { get; }

        public string ReportPath { get; }

        internal CliResult Result { get; }

        public void Dispose() => Folder.Dispose();

        private static string Corpus()
        {
            string[] partiesEn = ["the Licensee", "Partner", "the Supplier", "the Distributor", "the Recipient", "each party", "the Buyer", "the Agent"];
            string[] partiesJa = ["乙", "甲", "受領者", "販売店", "委託者", "各当事者", "買主", "代理店"];
            (string Label, string En, string Ja)[] templates =
            [
                ("assignment-restriction", "{0} shall not assign or transfer this Agreement without the prior written consent of the other party.", "{0}は、相手方の事前の書面による承諾なく、本契約上の地位を第三者に譲渡してはならない。"),
                ("assignment-restriction", "{0} may not assign any right under this Agreement without written approval.", "{0}は、本契約に基づく権利を第三者に譲渡することはできない。"),
                ("foreign-jurisdiction", "This Agreement with {0} shall be governed by the laws of the State of Delaware.", "{0}との本契約の準拠法は日本法とする。"),
                ("foreign-jurisdiction", "Disputes with {0} shall be submitted to the exclusive jurisdiction of the courts of London.", "{0}との紛争は、東京地方裁判所を専属的合意管轄裁判所とする。"),
                ("confidentiality", "{0} shall keep the Confidential Information in confidence and shall not disclose it.", "{0}は、秘密情報を第三者に開示又は漏えいしてはならない。"),
                ("confidentiality", "{0} shall use the Confidential Information only for the Purpose.", "{0}は、秘密情報を本目的以外に使用してはならない。"),
                ("none", "{0} shall pay the fees within thirty days of the invoice.", "{0}は、請求書受領後三十日以内に代金を支払う。"),
                ("none", "Notices to {0} shall be given in writing.", "{0}への通知は書面により行う。"),
            ];
            var lines = new List<string>();
            foreach (var (label, en, ja) in templates)
            {
                for (var p = 0; p < partiesEn.Length; p++)
                {
                    lines.Add(JsonSerializer.Serialize(new { text = string.Format(CultureInfo.InvariantCulture, en, partiesEn[p]), labels = new[] { label }, lang = "en", source = "test" }));
                    lines.Add(JsonSerializer.Serialize(new { text = string.Format(CultureInfo.InvariantCulture, ja, partiesJa[p]), labels = new[] { label }, lang = "ja", source = "test" }));
                }
            }

            return string.Join('\n', lines);
        }
    }
}
