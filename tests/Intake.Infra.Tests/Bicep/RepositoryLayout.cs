namespace Intake.Infra.Tests.Bicep;

/// <summary>Where the infrastructure files live in the checkout under test.</summary>
internal static class RepositoryLayout
{
    public static string Root => BuildMetadata.RepositoryRoot;

    public static string InfraDirectory => Path.Combine(Root, "infra");

    public static string MainBicep => Path.Combine(InfraDirectory, "main.bicep");

    public static string MainParameters => Path.Combine(InfraDirectory, "main.parameters.json");

    public static string AzureYaml => Path.Combine(Root, "azure.yaml");

    /// <summary>Every .bicep file under infra/, as paths relative to infra/ (stable test names).</summary>
    public static IReadOnlyList<string> BicepFiles() =>
        Directory.EnumerateFiles(InfraDirectory, "*.bicep", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(InfraDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
