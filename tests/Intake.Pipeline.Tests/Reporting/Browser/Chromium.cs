namespace Intake.Pipeline.Tests.Reporting.Browser;

/// <summary>
/// Where Debian's <c>chromium</c> and <c>chromium-driver</c> are (.ci/run installs them). Found on
/// PATH, so a developer with the packages elsewhere is served too.
/// </summary>
internal static class Chromium
{
    public static string? BrowserPath { get; } = OnPath("chromium") ?? OnPath("chromium-browser");

    public static string? DriverPath { get; } = OnPath("chromedriver");

    public static bool IsInstalled => BrowserPath is not null && DriverPath is not null;

    /// <summary>CI sets CI=true (.ci/run exports it): there a missing browser is a failure, never a skip.</summary>
    public static bool MustRun => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}

/// <summary>A fact that needs headless Chromium: skipped with the reason on a machine without it, unless CI is set.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.MustRun)
        {
            Skip = "chromium and chromedriver are not installed (apt-get install chromium chromium-driver fonts-ipafont-gothic); under CI=true this test runs and fails instead";
        }
    }
}
