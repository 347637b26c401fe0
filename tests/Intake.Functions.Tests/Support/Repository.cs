using System.Reflection;

namespace Intake.Functions.Tests.Support;

/// <summary>The repository root, recorded at build time (build output may live outside the tree).</summary>
internal static class Repository
{
    public static string Root { get; } =
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
}
