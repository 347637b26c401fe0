using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using System.Text.Json.Serialization.Metadata;
using Intake.Pipeline.Direction;
using Intake.Pipeline.Evidence;
using Intake.Pipeline.Guidance;
using Intake.Pipeline.Scanning;

namespace Intake.Pipeline.Reporting;

/// <summary>
/// The JSON form of scan reports, shared by <c>intake scan --format json</c>, the function app's
/// <c>GetReport?format=json</c> and the reports stored in the <c>reports</c> container.
/// Property names are camelCase; enum values keep their C# names (<c>Completed</c>, <c>NeedsOcr</c>,
/// <c>High</c>, <c>MissingSafeguard</c>) because the issue and stored rows spell them that way.
/// Null values are written, so every field of the stable shape is always present.
/// </summary>
public static class ReportJson
{
    /// <summary>Indented output for files and people; see <see cref="Compact"/> for storage and HTTP.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    public static string Serialize(ScanReport report, bool indented = true) =>
        JsonSerializer.Serialize(report, (indented ? Indented : Compact).GetTypeInfo(typeof(ScanReport)));

    public static string Serialize(DocumentReport report, bool indented = true) =>
        JsonSerializer.Serialize(report, (indented ? Indented : Compact).GetTypeInfo(typeof(DocumentReport)));

    public static Task SerializeAsync(Stream stream, ScanReport report, bool indented = true, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(stream, report, (indented ? Indented : Compact).GetTypeInfo(typeof(ScanReport)), cancellationToken);

    /// <summary>Compact JSON of one part of a finding (basis, evidence, advice, direction), for the findings table's columns.</summary>
    public static string SerializePart<T>(T value) => JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Compact.GetTypeInfo(typeof(T)));

    /// <summary>Reads a part written by <see cref="SerializePart{T}"/>; null for null, empty or unreadable text (a row written by an older version).</summary>
    public static T? DeserializePart<T>(string? json)
        where T : class
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, (JsonTypeInfo<T>)Compact.GetTypeInfo(typeof(T)));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <exception cref="JsonException">The text is not a scan report.</exception>
    public static ScanReport? DeserializeScanReport(string json) =>
        (ScanReport?)JsonSerializer.Deserialize(json, Compact.GetTypeInfo(typeof(ScanReport)));

    /// <exception cref="JsonException">The text is not a document report.</exception>
    public static DocumentReport? DeserializeDocumentReport(string json) =>
        (DocumentReport?)JsonSerializer.Deserialize(json, Compact.GetTypeInfo(typeof(DocumentReport)));

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(ReportJsonContext.Default.Options)
        {
            WriteIndented = indented,

            // Japanese stays readable in the file; HTML-sensitive characters (<, >, &, quotes) are still escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>Source-generated metadata: no reflection at run time, so the trimmed function app serializes the same way.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ScanReport))]
[JsonSerializable(typeof(DocumentReport))]
[JsonSerializable(typeof(IReadOnlyList<Basis>))]
[JsonSerializable(typeof(FindingEvidence))]
[JsonSerializable(typeof(LocalizedText))]
[JsonSerializable(typeof(FindingDirection))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
