using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Intake.Pipeline.Storage;

namespace Intake.Functions.Tests.Support;

/// <summary>
/// A real Azurite (the npm package pinned in package.json), started once per test collection on free
/// loopback ports with in-memory storage, and stopped afterwards. Without node_modules the tests fail
/// and say how to install it: storage behaviour is never faked.
/// </summary>
public sealed partial class AzuriteFixture : IAsyncLifetime, IDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);
    private static int s_names;

    private readonly StringBuilder _output = new();
    private Process? _process;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var azurite = Path.Combine(Repository.Root, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({azurite} is missing). Run `npm ci` in {Repository.Root} first: the storage tests need the real emulator.");
        }

        var start = new ProcessStartInfo(azurite)
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--blobPort", "0",
            "--queueHost", "127.0.0.1", "--queuePort", "0",
            "--tableHost", "127.0.0.1", "--tablePort", "0",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data, ports, ready);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data, ports, ready);
        _process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"Azurite exited early:\n{Output()}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        await ready.Task.WaitAsync(s_startTimeout);
        ConnectionString = string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{ports["Blob"]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{ports["Queue"]}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{ports["Table"]}/devstoreaccount1;");
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _process?.Dispose();

    /// <summary>Options with names no other test uses, so tests share one Azurite without seeing each other.</summary>
    public IntakeStorageOptions NewOptions()
    {
        var n = Interlocked.Increment(ref s_names).ToString(CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..6];
        return new IntakeStorageOptions
        {
            ConnectionString = ConnectionString,
            InputContainer = $"intake-{n}",
            ReportsContainer = $"reports-{n}",
            EventsQueue = $"events-{n}",
            PoisonQueue = $"events-{n}-poison",
            DocumentsTable = $"documents{n}",
            FindingsTable = $"findings{n}",
        };
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private void OnLine(string? line, Dictionary<string, int> ports, TaskCompletionSource ready)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                ports[match.Groups["service"].Value] = int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture);
                if (ports.Count == 3)
                {
                    ready.TrySetResult();
                }
            }
        }
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at http://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex ListeningLine();
}

[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
