using System.Reflection;

namespace Intake.Infra.Tests.Bicep;

/// <summary>Values the project file stamps into the test assembly (see Intake.Infra.Tests.csproj).</summary>
internal static class BuildMetadata
{
    public static string BicepCliVersion => Read(nameof(BicepCliVersion));

    public static string NuGetPackageRoot => Read(nameof(NuGetPackageRoot));

    public static string RepositoryRoot => Read(nameof(RepositoryRoot));

    private static string Read(string key) =>
        typeof(BuildMetadata).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing; rebuild the test project.");
}
