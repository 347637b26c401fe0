using System.Text;
using Intake.Hosting.Serve;
using Intake.Functions.Tests.Support;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Serve;

/// <summary>
/// The deployed shape on one machine: documents uploaded to Azurite with the event Event Grid would
/// send, consumed by <c>intake serve</c>'s workers (in process), read back from the tables.
/// </summary>
[Collection(AzuriteGroup.Name)]
public class EndToEndTests(AzuriteFixture azurite)
{
    private const int SizeLimit = 64 * 1024;

    [Fact]
    public async Task Serve_FiftyMixedUploads_RecordsOneRowEachAndRedeliveryChangesNothing()
    {
        var options = azurite.NewOptions();
        options.MaxDocumentBytes = SizeLimit;
        await using var app = await TestApp.StartAsync(options, workers: w =>
        {
            w.Workers = 4;
            w.MaxPollingInterval = TimeSpan.FromMilliseconds(200);
            w.RetryDelay = TimeSpan.FromMilliseconds(200);
        });
        var uploader = app.Services.GetRequiredService<DocumentUploader>();
        var expected = new Dictionary<string, (string Kind, string Status)>(StringComparer.Ordinal);

        foreach (var (name, kind, content) in MixedDocuments())
        {
            using var stream = new MemoryStream(content);
            var uploaded = await uploader.UploadAsync(name, stream, new Dictionary<string, string> { ["lang"] = kind.StartsWith("ja", StringComparison.Ordinal) ? "ja" : "en" });
            expected[uploaded.DocumentId] = (kind, kind.StartsWith("bad", StringComparison.Ordinal) ? "Rejected" : "Completed");
        }

        Assert.Equal(50, expected.Count);
        await StorageReads.EventuallyAsync(
            async () => (await app.Clients.AllDocumentsAsync()).Count(r => !r.IsProcessing) == 50,
            TimeSpan.FromSeconds(90),
            "50 terminal document rows");

        var rows = (await app.Clients.AllDocumentsAsync()).ToDictionary(r => r.PartitionKey, StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        var store = app.Services.GetRequiredService<DocumentStore>();
        var modelInstalled = app.Services.GetRequiredService<IClauseClassifier>().ModelVersion is not null;
        var jurisdictionFound = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, (kind, status)) in expected)
        {
            var row = rows[id];
            Assert.True(status == row.Status, $"{row.BlobName} ({kind}): expected {status}, was {row.Status} ({row.Reason})");
            var findings = await store.GetFindingsAsync(id, row.BlobETag);
            Assert.Equal(row.FindingCount, findings.Count);
            if (status == "Completed")
            {
                Assert.True(row.ClauseCount > 0, $"{row.BlobName}: no clauses");
                Assert.Equal(kind.StartsWith("ja", StringComparison.Ordinal) ? "ja" : "en", row.Language);
                if (modelInstalled)
                {
                    // Each good document has plain exposure clauses (joint ownership, foreign law): a model finds something.
                    Assert.True(row.FindingCount > 0, $"{row.BlobName}: a model is installed but found nothing");
                    jurisdictionFound[row.Language!] = jurisdictionFound.GetValueOrDefault(row.Language!) + (findings.Any(f => f.Label == "foreign-jurisdiction") ? 1 : 0);
                }
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(row.Reason), $"{row.BlobName}: Rejected without a reason");
                Assert.Empty(findings);
            }
        }

        if (modelInstalled)
        {
            // The governing-law clause is the plainest of all: found in most documents of each language.
            Assert.True(jurisdictionFound.GetValueOrDefault("en") >= 10, $"foreign-jurisdiction in {jurisdictionFound.GetValueOrDefault("en")} of 20 English documents");
            Assert.True(jurisdictionFound.GetValueOrDefault("ja") >= 8, $"foreign-jurisdiction in {jurisdictionFound.GetValueOrDefault("ja")} of 15 Japanese documents");
        }

        Assert.Contains(rows.Values, r => r.Reason?.Contains($"limit is {SizeLimit} bytes", StringComparison.Ordinal) == true);
        Assert.Equal(0, await app.Clients.PoisonCountAsync());

        // Redeliver every event, as Event Grid may: nothing may change.
        var worker = app.Services.GetRequiredService<QueueWorkerService>();
        var handledBefore = worker.Handled;
        foreach (var row in rows.Values)
        {
            var blob = app.Clients.InputContainer.GetBlobClient(row.BlobName);
            await uploader.EnqueueBlobCreatedAsync(blob.Uri, row.BlobName, row.BlobETag!, row.BlobSize, "text/plain", Guid.NewGuid());
        }

        await StorageReads.EventuallyAsync(
            async () => worker.Handled >= handledBefore + 50 && (await app.Clients.EventsQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0,
            TimeSpan.FromSeconds(60),
            "50 redelivered events handled");
        var after = (await app.Clients.AllDocumentsAsync()).ToDictionary(r => r.PartitionKey, StringComparer.Ordinal);
        Assert.Equal(50, after.Count);
        foreach (var (id, row) in rows)
        {
            Assert.Equal(row.ETag, after[id].ETag);
            Assert.Equal(row.Timestamp, after[id].Timestamp);
        }
    }

    /// <summary>50 documents: English and Japanese contracts (UTF-8, UTF-16, Shift_JIS) and bad files.</summary>
    private static IEnumerable<(string Name, string Kind, byte[] Content)> MixedDocuments()
    {
        var shiftJis = CodePagesEncodingProvider.Instance.GetEncoding(932)!;
        for (var i = 0; i < 50; i++)
        {
            yield return (i % 10) switch
            {
                0 or 1 or 2 => ($"en/contract-{i}.txt", "en", Documents.EnglishContract(i)),
                3 => ($"en/utf16-{i}.txt", "en-utf16", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(Documents.EnglishContract(i)))]),
                4 or 5 => ($"ja/契約-{i}.txt", "ja", Documents.JapaneseContract(i)),
                6 => ($"ja/sjis-{i}.txt", "ja-sjis", shiftJis.GetBytes(Encoding.UTF8.GetString(Documents.JapaneseContract(i)))),
                7 => ($"bad/empty-{i}.txt", "bad-empty", Documents.Empty()),
                8 => ($"bad/random-{i}.pdf", "bad-random", Documents.RandomBytes(i)),
                _ => i < 25 ? ($"bad/truncated-{i}.pdf", "bad-truncated-pdf", Documents.TruncatedPdf()) : ($"bad/huge-{i}.txt", "bad-huge", Documents.RandomBytes(i, SizeLimit + 1)),
            };
        }
    }
}
