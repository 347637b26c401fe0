using System.Diagnostics;
using Intake.Functions.Tests.Support;

namespace Intake.Functions.Tests.Publishing;

/// <summary>Runs eng/publish-functionapp.sh once into a temporary folder.</summary>
public sealed class PublishedFunctionApp : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "intake-publish-" + Guid.NewGuid().ToString("N")[..8]);

    public string Folder => Path.Combine(_root, "functionapp");

    public string Zip => Path.Combine(_root, "functionapp.zip");

    public string Output { get; private set; } = string.Empty;

    public int ExitCode { get; private set; }

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "eng", "publish-functionapp.sh"));
        start.ArgumentList.Add(Folder);
        start.ArgumentList.Add(Zip);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        Output = await stdout + await stderr;
        ExitCode = process.ExitCode;
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }
}
