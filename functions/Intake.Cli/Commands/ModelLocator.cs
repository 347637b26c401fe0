using Intake.Pipeline.Classification;

namespace Intake.Cli.Commands;

/// <summary>Finds the clause model for the model commands: --model, else the one shipped beside the executable, else ml-models/ in the current folder.</summary>
internal static class ModelLocator
{
    public static string? Find(string? explicitPath)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return File.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        }

        var shipped = new ClauseModelOptions().ResolvedPath();
        if (File.Exists(shipped))
        {
            return shipped;
        }

        var local = Path.GetFullPath(ClauseModelOptions.DefaultPath);
        return File.Exists(local) ? local : null;
    }
}
