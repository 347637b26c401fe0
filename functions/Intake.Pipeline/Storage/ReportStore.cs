using Azure;
using Azure.Storage.Blobs.Models;
using Intake.Pipeline.Reporting;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Storage;

/// <summary>
/// The <c>reports</c> container: <c>{document id}/report.json</c> and <c>{document id}/report.html</c>
/// (titled by the file name, possible findings apart at the configured risk confidence).
/// </summary>
public sealed class ReportStore(IntakeStorageClients clients, IOptions<ScoringOptions> scoring)
{
    public static string JsonBlobName(string documentId) => $"{documentId}/report.json";

    public static string HtmlBlobName(string documentId) => $"{documentId}/report.html";

    public async Task WriteAsync(string documentId, DocumentReport report, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ArgumentNullException.ThrowIfNull(report);
        var container = clients.ReportsContainer;
        await container.GetBlobClient(JsonBlobName(documentId)).UploadAsync(
            BinaryData.FromString(ReportJson.Serialize(report, indented: false)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
            cancellationToken);
        await container.GetBlobClient(HtmlBlobName(documentId)).UploadAsync(
            BinaryData.FromString(HtmlReportRenderer.Render(report, minimumConfidence: scoring.Value.MinimumConfidenceForRisk)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/html; charset=utf-8" } },
            cancellationToken);
    }

    /// <summary>The stored report text, or null when there is none.</summary>
    public async Task<string?> ReadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await clients.ReportsContainer.GetBlobClient(blobName).DownloadContentAsync(cancellationToken);
            return result.Value.Content.ToString();
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }
}
