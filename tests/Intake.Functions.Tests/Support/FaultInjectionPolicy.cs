using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Functions.Tests.Support;

/// <summary>
/// Makes chosen requests to the real Azurite fail as an overloaded service would (503 ServerBusy),
/// before they leave the client: the transient-failure paths run against real storage otherwise.
/// </summary>
public sealed class FaultInjectionPolicy(Func<HttpMessage, bool> shouldFail) : HttpPipelinePolicy
{
    private int _injected;

    public bool Enabled { get; set; } = true;

    public int Injected => Volatile.Read(ref _injected);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfChosen(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfChosen(message);
        return ProcessNextAsync(message, pipeline);
    }

    /// <summary>Fails reads (GET/HEAD) of one blob.</summary>
    public static FaultInjectionPolicy ForBlobReads(string blobName) => new(message =>
        (message.Request.Method == RequestMethod.Get || message.Request.Method == RequestMethod.Head)
        && Uri.UnescapeDataString(message.Request.Uri.Path).EndsWith("/" + blobName, StringComparison.Ordinal));

    private void ThrowIfChosen(HttpMessage message)
    {
        if (Enabled && shouldFail(message))
        {
            Interlocked.Increment(ref _injected);
            throw new RequestFailedException(503, "injected: the server is busy", "ServerBusy", null);
        }
    }
}
