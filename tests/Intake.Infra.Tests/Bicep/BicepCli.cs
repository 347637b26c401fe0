using System.Diagnostics;

namespace Intake.Infra.Tests.Bicep;

/// <summary>Output of one Bicep CLI run.</summary>
internal sealed record BicepRun(int ExitCode, string StandardOutput, string StandardError)
{
    public string Diagnostics => (StandardOutput + StandardError).Trim();
}

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 NuGet package, downloaded by the test
/// project's PackageDownload. No global install, no network at test time.
/// </summary>
internal static class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);
    private static readonly Lazy<string> s_executable = new(Locate);

    public static string ExecutablePath => s_executable.Value;

    public static BicepRun Run(params string[] arguments)
    {
        using var process = new Process();
        process.StartInfo.FileName = ExecutablePath;
        foreach (var argument in arguments)
        {
            process.StartInfo.ArgumentList.Add(argument);
        }

        process.StartInfo.RedirectStandardOutput = true;
        process.StartInfo.RedirectStandardError = true;
        process.StartInfo.UseShellExecute = false;
        process.StartInfo.WorkingDirectory = RepositoryLayout.InfraDirectory;
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish in {s_timeout}.");
        }

        return new BicepRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Locate()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The infra tests use the linux-x64 Bicep CLI package; run them on Linux (as CI does).");
        }

        var roots = new[]
        {
            Environment.GetEnvironmentVariable("NUGET_PACKAGES"),
            BuildMetadata.NuGetPackageRoot,
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        };

        var tried = new List<string>();
        foreach (var root in roots.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            var candidate = Path.Combine(root!, PackageId, BuildMetadata.BicepCliVersion, "tools", "bicep");
            tried.Add(candidate);
            if (File.Exists(candidate))
            {
                EnsureExecutable(candidate);
                return candidate;
            }
        }

        throw new FileNotFoundException(
            "Bicep CLI not found. Restore tests/Intake.Infra.Tests (its PackageDownload fetches it). Looked in: "
            + string.Join(", ", tried));
    }

    // NuGet extracts files without the execute bit on some setups.
    private static void EnsureExecutable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute);
        }
    }
}
