using System.CommandLine;
using System.Globalization;
using Intake.Training.Benchmark;
using Intake.Training.Data;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake bench [--model FILE] [--data PATH...] [--seconds N]</c>: model size, load time and clauses
/// per second, single and batch, beside reference pipelines timed in the same run.
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
        var command = new Command("bench", "Measure the clause model's load time, size and speed.") { model, data, seconds };
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
            var result = ClassifierBenchmark.Run(modelPath, clauses, budget, m => stderr.WriteLine(m));
            // The plain ML.NET pipeline is what a user would otherwise build; the keyword matcher when there was nothing to train it on.
            var reference = result.References.FirstOrDefault(r => r.Name.StartsWith("plain", StringComparison.Ordinal)) ?? result.References[0];
            var c = CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(c, $"Model {result.ModelVersion}: {result.ModelBytes / 1024.0:0} KiB; load {result.FirstLoadMilliseconds:0} ms first in this process, {result.WarmLoadMilliseconds:0} ms warm (median of 5); load and first Japanese clause {result.FirstJapaneseClauseMilliseconds:0} ms (includes the word dictionary)."));
            stdout.WriteLine(string.Create(c, $"{clauses.Count} distinct clauses, {result.ProcessorCount} processors. Ratios are against '{reference.Name}' timed in this run."));
            stdout.WriteLine();
            stdout.WriteLine(string.Create(c, $"  {"pipeline",-62} {"clauses/s",12} {"ratio",8}"));
            foreach (var t in result.Model.Concat(result.References))
            {
                stdout.WriteLine(string.Create(c, $"  {t.Name,-62} {t.ClausesPerSecond,12:N0} {t.ClausesPerSecond / reference.ClausesPerSecond,8:0.00}"));
            }

            return 0;
        });
        return command;
    }
}
