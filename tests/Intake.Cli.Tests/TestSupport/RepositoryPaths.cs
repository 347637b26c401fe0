using System.Reflection;

namespace Intake.Cli.Tests.TestSupport;

/// <summary>Finds the repository (the folder holding Intake.sln) and its <c>samples/</c>.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        // Walk up from the test assembly first (the usual layout), then from where the project was
        // built (INTAKE_ARTIFACTS puts the assembly outside the repository).
        var projectDirectory = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, projectDirectory })
        {
            for (var folder = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Intake.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("Intake.sln not found above the test assembly or the test project.");
    }
}
