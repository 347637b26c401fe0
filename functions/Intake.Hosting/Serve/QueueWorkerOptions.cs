namespace Intake.Hosting.Serve;

/// <summary>How <c>intake serve</c> consumes <c>intake-events</c> (the host.json queue settings' counterpart).</summary>
public sealed class QueueWorkerOptions
{
    /// <summary>Concurrent workers in this process; more processes on the same queue compete fairly.</summary>
    public int Workers { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// How long a received message stays invisible to other workers past its last renewal. The worker
    /// renews it every third of this while it handles the message, so a worker that dies leaves its
    /// message visible again within this time rather than after a long fixed timeout.
    /// </summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Delay before a failed message is tried again (host.json <c>visibilityTimeout</c>).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait between polls of an empty queue; polling backs off from a tenth of it.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Creates containers, queues and tables on start when they are missing (Azurite).</summary>
    public bool CreateResources { get; set; } = true;
}
