using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace Intake.Pipeline.Signals.Screening;

/// <summary>
/// The screening lists of the function app and <c>intake serve</c>: every <c>.csv</c> blob of the
/// <c>screening-lists</c> container. The container is listed at most once per
/// <see cref="ScreeningOptions.RefreshInterval"/>; the lists are downloaded again only when the set of
/// blob names and ETags changed, so a replaced, added or deleted list applies to the next documents
/// without a restart. A list that cannot be read throws (the document is refused, not scanned
/// unscreened) and is tried again on the next document; a missing container means no list.
/// </summary>
public sealed partial class BlobScreeningListSource(
    BlobContainerClient container, ScreeningOptions options, TimeProvider time, ILogger<BlobScreeningListSource> logger) : IScreeningListSource, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ScreeningListSet _lists = ScreeningListSet.None;
    private string? _versions;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public async ValueTask<ScreeningListSet> GetAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            if (_versions is not null && now - _checkedAt < options.RefreshInterval)
            {
                return _lists;
            }

            var blobs = await CsvBlobsAsync(cancellationToken).ConfigureAwait(false);
            var versions = string.Join('\n', blobs.Select(b => $"{b.Name}\t{b.Properties.ETag}"));
            if (versions != _versions)
            {
                _lists = await LoadAsync(blobs, cancellationToken).ConfigureAwait(false);
                _versions = versions;
                LogLoaded(logger, container.Name, _lists.Lists.Count, _lists.EntryCount);
            }

            _checkedAt = now;
            return _lists;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<List<BlobItem>> CsvBlobsAsync(CancellationToken cancellationToken)
    {
        var blobs = new List<BlobItem>();
        try
        {
            await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (blob.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                {
                    blobs.Add(blob);
                }
            }
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return []; // no container: no list configured
        }

        return [.. blobs.OrderBy(b => b.Name, StringComparer.Ordinal)];
    }

    private async Task<ScreeningListSet> LoadAsync(List<BlobItem> blobs, CancellationToken cancellationToken)
    {
        var lists = new List<ScreeningList>(blobs.Count);
        foreach (var blob in blobs)
        {
            var source = $"{container.Name}/{blob.Name}";
            if (blob.Properties.ContentLength > ScreeningListReader.MaxBytes)
            {
                throw new ScreeningListException(source, 0, $"the blob is {blob.Properties.ContentLength:N0} bytes; a screening list may have at most {ScreeningListReader.MaxBytes:N0}");
            }

            var content = await container.GetBlobClient(blob.Name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            lists.Add(ScreeningListReader.Read(source, content.Value.Content.ToArray()));
        }

        return lists.Count == 0 ? ScreeningListSet.None : new ScreeningListSet(lists);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Screening lists loaded from container {Container}: {ListCount} lists, {EntryCount} entries")]
    private static partial void LogLoaded(ILogger logger, string container, int listCount, int entryCount);
}
