using System.CommandLine;
using Intake.Cli.Commands;

var root = new RootCommand("Intake: screens contracts and research proposals for technology-leakage clauses.");
// One line per command; each command parses its options and hands off to one service.
root.Subcommands.Add(ScanCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(ClassifyCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(UploadCommand.Create());
root.Subcommands.Add(FindingsCommand.Create());

return await UsageErrors.InvokeAsync(root.Parse(args));
