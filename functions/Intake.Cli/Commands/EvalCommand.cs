using System.CommandLine;
using Intake.Pipeline.Classification.Model;
using Intake.Training.Evaluation;

namespace Intake.Cli.Commands;

/// <summary><c>intake eval FILE.jsonl [--model FILE]</c>: per-label precision, recall and F1, micro and macro, overall and per language.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Labelled clauses, JSONL: {\"text\", \"labels\": [ids] or [\"none\"], \"lang\"}." };
        var model = new Option<string?>("--model") { Description = "The model zip. Default: the shipped model.", HelpName = "FILE" };
        var command = new Command("eval", "Measure the clause model on labelled clauses (or, with `segmentation`, the clause segmenter on documents).") { file, model, SegmentationCheckCommand.Create() };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            if (!File.Exists(path))
            {
                stderr.WriteLine($"intake eval: no such file: {path}");
                return 1;
            }

            var modelPath = ModelLocator.Find(parseResult.GetValue(model));
            if (modelPath is null)
            {
                stderr.WriteLine("intake eval: no clause model found; train one with `intake train` or pass --model.");
                return 1;
            }

            var result = CorpusEvaluation.Evaluate(ClauseModel.Load(modelPath), path);
            foreach (var problem in result.Problems)
            {
                stderr.WriteLine($"skipped {problem}");
            }

            stdout.WriteLine($"All languages ({result.Overall.Clauses} clauses):");
            stdout.Write(MetricsTable.Text(result.Overall));
            foreach (var (language, evaluation) in result.ByLanguage)
            {
                stdout.WriteLine();
                stdout.WriteLine($"{language} ({evaluation.Clauses} clauses):");
                stdout.Write(MetricsTable.Text(evaluation));
            }

            return 0;
        });
        return command;
    }
}
