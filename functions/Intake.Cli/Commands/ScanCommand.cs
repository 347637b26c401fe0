using System.CommandLine;

namespace Intake.Cli.Commands;

// Placeholder of the skeleton: the CLI work replaces this file.
internal static class ScanCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to scan (recursive)." };
        var command = new Command("scan", "Scan local files and print a report.") { paths };
        command.SetAction(_ => 0);
        return command;
    }
}
