using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Pipeline.Ingestion;

/// <summary>
/// Reads and writes <c>Microsoft.Storage.BlobCreated</c> events as Event Grid puts them on a storage
/// queue. Reading accepts both delivery schemas (Event Grid and CloudEvents), one event or an array.
/// </summary>
public static class BlobCreatedEvents
{
    public const string BlobCreatedType = "Microsoft.Storage.BlobCreated";

    private const string SubjectContainers = "/blobServices/default/containers/";
    private const string SubjectBlobs = "/blobs/";

    /// <summary>Parses message text: an event object or an array of events.</summary>
    public static BlobEventParseResult Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return BlobEventParseResult.Invalid("empty message");
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return Parse(document.RootElement);
        }
        catch (JsonException exception)
        {
            return BlobEventParseResult.Invalid($"not JSON: {exception.Message}");
        }
    }

    private static BlobEventParseResult Parse(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var events = new List<BlobCreatedEvent>();
            string? problem = null;
            var allOther = true;
            foreach (var item in element.EnumerateArray())
            {
                var result = ParseObject(item);
                events.AddRange(result.Events);
                problem ??= result.Problem;
                allOther &= result.IsOtherEvent;
            }

            return events.Count > 0
                ? new BlobEventParseResult(events, null)
                : new BlobEventParseResult([], problem ?? "empty event array", allOther && problem is not null);
        }

        return ParseObject(element);
    }

    /// <summary>
    /// The event Event Grid would deliver for a new blob, in the Event Grid schema (what infra's
    /// subscription asks for). Used by <c>intake upload</c> because Azurite emits no events.
    /// </summary>
    public static string CreateEventGridJson(
        string accountName,
        Uri blobUri,
        string containerName,
        string blobName,
        string eTag,
        long contentLength,
        string? contentType,
        DateTimeOffset eventTime,
        Guid eventId)
    {
        ArgumentNullException.ThrowIfNull(blobUri);
        var requestId = eventId.ToString();
        var node = new JsonObject
        {
            ["topic"] = $"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/local/providers/Microsoft.Storage/storageAccounts/{accountName}",
            ["subject"] = $"{SubjectContainers}{containerName}{SubjectBlobs}{blobName}",
            ["eventType"] = BlobCreatedType,
            ["id"] = eventId.ToString(),
            ["data"] = new JsonObject
            {
                ["api"] = "PutBlob",
                ["clientRequestId"] = requestId,
                ["requestId"] = requestId,
                ["eTag"] = eTag,
                ["contentType"] = contentType ?? "application/octet-stream",
                ["contentLength"] = contentLength,
                ["blobType"] = "BlockBlob",
                ["url"] = blobUri.AbsoluteUri,
                ["sequencer"] = eventTime.UtcTicks.ToString("D32", CultureInfo.InvariantCulture),
                ["storageDiagnostics"] = new JsonObject { ["batchId"] = requestId },
            },
            ["dataVersion"] = string.Empty,
            ["metadataVersion"] = "1",
            ["eventTime"] = eventTime.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        };
        return node.ToJsonString();
    }

    private static BlobEventParseResult ParseObject(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return BlobEventParseResult.Invalid($"expected an event object, found {element.ValueKind}");
        }

        // Event Grid schema names the type "eventType"; CloudEvents 1.0 names it "type".
        var type = String(element, "eventType") ?? String(element, "type");
        if (type is null)
        {
            return BlobEventParseResult.Invalid("not an event: no eventType or type");
        }

        if (!string.Equals(type, BlobCreatedType, StringComparison.Ordinal))
        {
            return BlobEventParseResult.Other(type);
        }

        element.TryGetProperty("data", out var data);
        if (data.ValueKind != JsonValueKind.Object)
        {
            return BlobEventParseResult.Invalid("BlobCreated event without data");
        }

        var url = String(data, "url") is { } urlText && Uri.TryCreate(urlText, UriKind.Absolute, out var parsed) ? parsed : null;
        if ((FromSubject(String(element, "subject")) ?? FromUrl(url)) is not { } location)
        {
            return BlobEventParseResult.Invalid("BlobCreated event names no container and blob");
        }

        var (container, blob) = location;

        var time = (String(element, "eventTime") ?? String(element, "time")) is { } timeText
            && DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) ? t : (DateTimeOffset?)null;
        long? length = data.TryGetProperty("contentLength", out var lengthElement) && lengthElement.TryGetInt64(out var l) ? l : null;

        var evt = new BlobCreatedEvent(
            String(element, "id") ?? string.Empty,
            container,
            blob,
            url,
            String(data, "eTag"),
            length,
            String(data, "contentType"),
            time);
        return new BlobEventParseResult([evt], null);
    }

    private static (string Container, string Blob)? FromSubject(string? subject)
    {
        if (subject is null || !subject.StartsWith(SubjectContainers, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = subject[SubjectContainers.Length..];
        var split = rest.IndexOf(SubjectBlobs, StringComparison.Ordinal);
        if (split <= 0 || split + SubjectBlobs.Length >= rest.Length)
        {
            return null;
        }

        return (rest[..split], rest[(split + SubjectBlobs.Length)..]);
    }

    private static (string Container, string Blob)? FromUrl(Uri? url)
    {
        if (url is null)
        {
            return null;
        }

        // Path-style URLs (Azurite: /devstoreaccount1/container/blob) carry the account first.
        var segments = url.AbsolutePath.TrimStart('/').Split('/', 3);
        var pathStyle = url.IsLoopback || !url.Host.Contains('.', StringComparison.Ordinal);
        var offset = pathStyle ? 1 : 0;
        if (segments.Length < offset + 2)
        {
            return null;
        }

        var container = segments[offset];
        var blob = string.Join('/', segments[(offset + 1)..]);
        return (Uri.UnescapeDataString(container), Uri.UnescapeDataString(blob));
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
