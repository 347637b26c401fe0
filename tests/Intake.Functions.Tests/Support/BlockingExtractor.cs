using Intake.Pipeline.Extraction;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Support;

/// <summary>
/// The real extractor, except that it holds a document until the test releases it (or the worker's
/// token is cancelled): a worker "busy" on a long document, through our own extraction interface.
/// </summary>
public sealed class BlockingExtractor(IDocumentExtractor inner) : IDocumentExtractor
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a worker has started extracting (and is now blocked).</summary>
    public Task Entered => _entered.Task;

    public void Release() => _released.TrySetResult();

    public async Task<ExtractionResult> ExtractAsync(ReadOnlyMemory<byte> content, string sourceName, CancellationToken cancellationToken = default)
    {
        _entered.TrySetResult();
        await _released.Task.WaitAsync(cancellationToken);
        return await inner.ExtractAsync(content, sourceName, cancellationToken);
    }

    /// <summary>Registers this extractor in place of the pipeline's.</summary>
    public void Register(IServiceCollection services) => services.AddSingleton<IDocumentExtractor>(this);
}
