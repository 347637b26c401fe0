using System.Text.Json;
using System.Text.RegularExpressions;
using Intake.Cli.Tests.TestSupport;

namespace Intake.Cli.Tests.Documentation;

/// <summary>The Node.js version the README asks for is the one the pinned npm tools need, and package.json says the same.</summary>
public sealed partial class NodeVersionTests
{
    [Fact]
    public void Readme_PackageJson_AndTheLockedTools_NameTheSameNodeMinimum()
    {
        var needed = LockedPackagesMinimum();
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "package.json")));
        var declared = package.RootElement.GetProperty("engines").GetProperty("node").GetString()!;
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        Assert.Equal(needed, Lowest(declared));
        Assert.Contains($"Node.js {needed} or later", readme, StringComparison.Ordinal);
        Assert.Contains($"\"engines\": {{\"node\": \"{declared}\"}}", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_ReportScreenshot_IsInTheRepository()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        Assert.Contains("](docs/report-screenshot.png)", readme, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(RepositoryPaths.Root, "docs", "report-screenshot.png")).Length > 10_000);
    }

    // The highest of the locked packages' minimum Node.js versions (each range's lowest version: "^18.19.0 || >=20.6.0" needs 18.19.0).
    private static Version LockedPackagesMinimum()
    {
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "package-lock.json")));
        return lockFile.RootElement.GetProperty("packages").EnumerateObject()
            .Where(p => p.Name.Length > 0 && p.Value.ValueKind == JsonValueKind.Object
                && p.Value.TryGetProperty("engines", out var engines) && engines.ValueKind == JsonValueKind.Object && engines.TryGetProperty("node", out _))
            .Select(p => Lowest(p.Value.GetProperty("engines").GetProperty("node").GetString()!))
            .Max()!;
    }

    private static Version Lowest(string range)
    {
        var versions = VersionPattern().Matches(range)
            .Select(m => new Version(Number(m.Groups[1]), Number(m.Groups[2]), Number(m.Groups[3])))
            .ToList();
        return versions.Count == 0 ? new Version(0, 0, 0) : versions.Min()!;
    }

    private static int Number(Group part) => part.Success ? int.Parse(part.Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"(\d+)(?:\.(\d+))?(?:\.(\d+))?")]
    private static partial Regex VersionPattern();
}
