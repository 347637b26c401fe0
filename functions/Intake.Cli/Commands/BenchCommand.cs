using System.CommandLine;
using System.Globalization;
using Intake.Training.Benchmark;
using Intake.Training.Data;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake bench [--model FILE] [--data PATH...] [--seconds N] [--runs N]</c>: model size, load time and clauses
/// per second, single and batch, beside reference pipelines timed in the same run; with several runs, the median
/// and range of each, and the median of the ratios taken run by run; and the bytes allocated per clause.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = "The model zip. Default: the shipped model.", HelpName = "FILE" };
        var data = new Option<string[]>("--data")
        {
            Description = "Corpus files (*.jsonl) or folders to take clauses from. Default: ml-models/corpus when present, else clauses written in.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "PATH",
        };
        var seconds = new Option<double>("--seconds") { Description = "Time spent on each measurement.", DefaultValueFactory = _ => 3 };
        var runs = new Option<int>("--runs") { Description = "How many times to time every pipeline, in turns; the median and range are shown.", DefaultValueFactory = _ => 1 };
        var command = new Command("bench", "Measure the clause model's load time, size and speed.") { model, data, seconds, runs };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var modelPath = ModelLocator.Find(parseResult.GetValue(model));
            if (modelPath is null)
            {
                stderr.WriteLine("intake bench: no clause model found; train one with `intake train` or pass --model.");
                return 1;
            }

            var paths = parseResult.GetValue(data) is { Length: > 0 } given ? given : Directory.Exists("ml-models/corpus") ? ["ml-models/corpus"] : [];
            var clauses = paths
                .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*.jsonl").Order(StringComparer.Ordinal) : File.Exists(p) ? [p] : Enumerable.Empty<string>())
                .SelectMany(f => CorpusReader.ReadFile(f).Clauses)
                .ToList();
            if (clauses.Count == 0)
            {
                clauses = [.. BenchmarkClauses.Written()];
            }

            var budget = TimeSpan.FromSeconds(Math.Clamp(parseResult.GetValue(seconds), 0.1, 60));
            var result = ClassifierBenchmark.Run(modelPath, clauses, budget, m => stderr.WriteLine(m), Math.Clamp(parseResult.GetValue(runs), 1, 50));
            // The plain ML.NET pipeline is what a user would otherwise build; the keyword matcher when there was nothing to train it on.
            var reference = result.Names.FirstOrDefault(n => n.StartsWith("plain", StringComparison.Ordinal)) ?? result.Names[^1];
            var c = CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(c, $"Model {result.ModelVersion}: {result.ModelBytes / 1024.0:0} KiB; load {result.FirstLoadMilliseconds:0} ms first in this process, {result.WarmLoadMilliseconds:0} ms warm (median of 5); load and first Japanese clause {result.FirstJapaneseClauseMilliseconds:0} ms (includes the word dictionary)."));
            stdout.WriteLine(string.Create(c, $"{clauses.Count} distinct clauses, {result.ProcessorCount} processors, {result.Runs.Count} run(s). Ratios are against '{reference}' timed in the same run."));
            stdout.WriteLine();
            stdout.WriteLine(string.Create(c, $"  {"pipeline",-58} {"clauses/s",10} {"range",17} {"ratio",6} {"range",12} {"B/clause",9}"));
            foreach (var name in result.Names)
            {
                var speeds = result.ClausesPerSecond(name);
                var ratios = result.Ratios(name, reference);
                stdout.WriteLine(string.Create(c, $"  {name,-58} {BenchmarkResult.Median(speeds),10:N0} {$"{speeds.Min():N0}–{speeds.Max():N0}",17} {BenchmarkResult.Median(ratios),6:0.00} {$"{ratios.Min():0.00}–{ratios.Max():0.00}",12} {BenchmarkResult.Median(result.BytesPerClause(name)),9:N0}"));
            }

            return 0;
        });
        return command;
    }
}
