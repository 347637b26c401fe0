using Intake.Infra.Tests.Bicep;

namespace Intake.Infra.Tests;

/// <summary>
/// What CI checks on every Bicep file: it compiles, and the linter (rules in infra/bicepconfig.json)
/// reports nothing. A warning fails the test unless it is switched off in bicepconfig.json or
/// suppressed on its line with `#disable-next-line rule // reason`.
/// </summary>
public class BicepLintTests
{
    public static TheoryData<string> BicepFiles() => new(RepositoryLayout.BicepFiles());

    [Fact]
    public void Infra_HasMainAndModules()
    {
        var files = RepositoryLayout.BicepFiles();

        Assert.Contains("main.bicep", files);
        Assert.True(files.Count(f => f.StartsWith("modules/", StringComparison.Ordinal)) >= 6, string.Join(", ", files));
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Build_EveryBicepFile_CompilesWithoutDiagnostics(string file)
    {
        var run = BicepCli.Run("build", Path.Combine(RepositoryLayout.InfraDirectory, file), "--stdout");

        Assert.True(run.ExitCode == 0, $"bicep build {file} exited {run.ExitCode}: {run.StandardError}");
        Assert.Equal(string.Empty, run.StandardError.Trim());
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Lint_EveryBicepFile_ReportsNoWarnings(string file)
    {
        var run = BicepCli.Run("lint", Path.Combine(RepositoryLayout.InfraDirectory, file));

        Assert.True(run.ExitCode == 0, $"bicep lint {file} exited {run.ExitCode}: {run.Diagnostics}");
        Assert.Equal(string.Empty, run.Diagnostics);
    }

    [Fact]
    public void Suppressions_EveryDisabledRule_GivesAReason()
    {
        foreach (var file in RepositoryLayout.BicepFiles())
        {
            var lines = File.ReadAllLines(Path.Combine(RepositoryLayout.InfraDirectory, file));
            foreach (var line in lines.Where(l => l.Contains("#disable-next-line", StringComparison.Ordinal)))
            {
                var reason = line.Split("//", 2) is [_, var text] ? text.Trim() : string.Empty;
                Assert.True(reason.Length >= 20, $"{file}: suppression without a reason: {line.Trim()}");
            }
        }
    }
}
