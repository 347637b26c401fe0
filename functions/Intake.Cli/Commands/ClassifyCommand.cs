using System.CommandLine;
using System.Text;
using Intake.Pipeline.Classification.Model;
using Intake.Training.Batch;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake classify [--input FILE|-] [--all-scores] [--model FILE]</c>: JSONL lines with <c>id</c> and
/// <c>text</c> in, one JSONL line per input out (see <see cref="JsonlClassifier"/>). Exit 0 when the
/// input was read (bad lines get error lines), 1 when the input or the model cannot be opened.
/// </summary>
internal static class ClassifyCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "JSONL input, or - for standard input.",
            DefaultValueFactory = _ => "-",
            HelpName = "FILE",
        };
        var allScores = new Option<bool>("--all-scores") { Description = "List every label with its score and whether it is decided." };
        var model = new Option<string?>("--model") { Description = "The model zip. Default: the shipped model.", HelpName = "FILE" };
        var command = new Command("classify", "Label clauses given as JSONL ({\"id\", \"text\"} per line).") { input, allScores, model };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var modelPath = ModelLocator.Find(parseResult.GetValue(model));
            if (modelPath is null)
            {
                await stderr.WriteLineAsync("intake classify: no clause model found; train one with `intake train` or pass --model.");
                return 1;
            }

            var path = parseResult.GetValue(input) ?? "-";
            if (path != "-" && !File.Exists(path))
            {
                await stderr.WriteLineAsync($"intake classify: no such file: {path}");
                return 1;
            }

            using var reader = path == "-" ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8) : new StreamReader(path, Encoding.UTF8);
            var classifier = new JsonlClassifier(ClauseModel.Load(modelPath));
            var errors = await classifier.RunAsync(reader, stdout, parseResult.GetValue(allScores), cancellationToken);
            if (errors > 0)
            {
                await stderr.WriteLineAsync($"intake classify: {errors} line(s) could not be classified (see their \"error\").");
            }

            return 0;
        });
        return command;
    }
}
