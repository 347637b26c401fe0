using System.CommandLine;
using System.Globalization;
using Intake.Pipeline.Classification.Features;
using Intake.Training;
using Intake.Training.Evaluation;
using Intake.Training.Model;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake train [--data PATH...] [--shared PATH | --no-shared] [--out FILE]</c>: trains the clause
/// model on our corpus (and CUAD and the METI/JPO labels when the shared data is there), prints the
/// validation and held-out metrics, writes the model and a Markdown report beside it.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data")
        {
            Description = "Corpus files (*.jsonl) or folders of them. Default: ml-models/corpus.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "PATH",
        };
        var shared = new Option<string?>("--shared")
        {
            Description = "The shared data folder (cuad/, meti-jpo-model-contracts/). Default: ../shared/data when it exists.",
            HelpName = "PATH",
        };
        var noShared = new Option<bool>("--no-shared") { Description = "Train on our corpus alone even when shared data is there." };
        var labels = new Option<string>("--labels")
        {
            Description = "Our METI/JPO labels.",
            DefaultValueFactory = _ => "ml-models/labels/meti-jpo.tsv",
            HelpName = "FILE",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where to write the model zip.",
            DefaultValueFactory = _ => "ml-models/clause-model.zip",
            HelpName = "FILE",
        };
        var report = new Option<string?>("--report")
        {
            Description = "Where to write the Markdown training report. Default: TRAINING_REPORT.md beside the model.",
            HelpName = "FILE",
        };
        var noBaselines = new Option<bool>("--no-baselines") { Description = "Skip training the plain ML.NET logistic-regression reference (the keyword matcher is still measured)." };
        var threads = new Option<int>("--threads")
        {
            Description = "Labels trained at once (the result does not depend on it).",
            DefaultValueFactory = _ => 1,
        };

        var parity = new Option<string[]>("--parity")
        {
            Description = "A bilingual parity set, measured on its own (never trained on); repeat for several.",
            DefaultValueFactory = _ => ["ml-models/parity/parity.jsonl", "ml-models/parity/fresh.jsonl"],
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = false,
        };
        var previous = new Option<string?>("--previous")
        {
            Description = "A previous model measured beside the new one on the same held-out sets (default: the model at --out, before it is overwritten).",
            HelpName = "FILE",
        };
        var features = new Option<string>("--features")
        {
            Description = $"Feature recipe: {ClauseFeaturizer.WordRecipe} (Japanese dictionary words) or {ClauseFeaturizer.CharacterRecipe} (character n-grams only).",
            DefaultValueFactory = _ => ClauseFeaturizer.Recipe,
            HelpName = "RECIPE",
        };

        var command = new Command("train", "Train the clause model and print its validation and held-out metrics.")
        {
            data, shared, noShared, labels, output, report, noBaselines, threads, parity, previous, features,
        };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var options = new ClauseTrainingOptions
            {
                MetiLabelsPath = parseResult.GetValue(labels),
                MeasureBaselines = !parseResult.GetValue(noBaselines),
            };
            options.Trainer.Parallelism = Math.Max(1, parseResult.GetValue(threads));
            foreach (var path in parseResult.GetValue(parity) ?? [])
            {
                options.ParityPaths.Add(path);
            }
            var recipe = parseResult.GetValue(features)!;
            if (!ClauseFeaturizer.IsKnownRecipe(recipe))
            {
                stderr.WriteLine($"intake train: unknown feature recipe: {recipe}");
                return 1;
            }

            options.Trainer.FeatureRecipe = recipe;
            // Read before training: the new model overwrites --out.
            var previousPath = parseResult.GetValue(previous) ?? parseResult.GetValue(output);
            if (previousPath is not null && File.Exists(previousPath))
            {
                var copy = Path.Combine(Path.GetTempPath(), $"intake-previous-{Environment.ProcessId}.zip");
                File.Copy(previousPath, copy, overwrite: true);
                options.PreviousModelPath = copy;
            }
            var dataPaths = parseResult.GetValue(data) is { Length: > 0 } given ? given : ["ml-models/corpus"];
            foreach (var path in dataPaths)
            {
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    stderr.WriteLine($"intake train: no such corpus file or folder: {path}");
                    return 1;
                }

                options.CorpusPaths.Add(path);
            }

            if (!parseResult.GetValue(noShared))
            {
                var sharedPath = parseResult.GetValue(shared) ?? (Directory.Exists("../shared/data") ? "../shared/data" : null);
                if (sharedPath is not null && !Directory.Exists(sharedPath))
                {
                    stderr.WriteLine($"intake train: no such shared data folder: {sharedPath}");
                    return 1;
                }

                options.SharedDataPath = sharedPath;
            }

            stdout.WriteLine(options.SharedDataPath is null
                ? "Training on our corpus alone (no shared data)."
                : $"Training on our corpus and the shared data in {Path.GetFullPath(options.SharedDataPath)}.");
            var started = DateTime.UtcNow;
            var result = new ClauseTrainingRun(options, message => stderr.WriteLine(message)).Run();

            stdout.WriteLine();
            stdout.WriteLine("Validation split (thresholds chosen here):");
            stdout.Write(MetricsTable.Text(result.Outcome.Validation));
            foreach (var comparison in result.HeldOut)
            {
                stdout.WriteLine();
                stdout.WriteLine($"Held out — {comparison.Name} ({comparison.Clauses} {comparison.Items}):");
                foreach (var (name, evaluation) in comparison.ByPredictor)
                {
                    stdout.WriteLine($" {name}:");
                    stdout.Write(MetricsTable.Text(evaluation, comparison.MacroLabels, comparison.Items));
                }
            }

            var modelPath = parseResult.GetValue(output)!;
            result.Model.Save(modelPath);
            var reportPath = parseResult.GetValue(report) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, "TRAINING_REPORT.md");
            File.WriteAllText(reportPath, TrainingReport.Markdown(result));
            stdout.WriteLine();
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Model {result.Model.Version} written to {modelPath} ({new FileInfo(modelPath).Length / 1024.0:0} KiB) in {(DateTime.UtcNow - started).TotalSeconds:0} s; report in {reportPath}."));
            if (result.Problems.Count > 0)
            {
                stdout.WriteLine($"{result.Problems.Count} input problems (listed in the report).");
            }

            return 0;
        });
        return command;
    }
}
