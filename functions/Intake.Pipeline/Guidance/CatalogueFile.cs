using System.Text.Json.Serialization;

namespace Intake.Pipeline.Guidance;

// The shapes of routes.json and catalogue.json as written; GuidanceCatalogue turns them into checked records.
internal sealed record RoutesFile(string Version, IReadOnlyList<RouteEntry> Routes);

internal sealed record RouteEntry(string Id, LocalizedText Name, IReadOnlyList<string>? Seeds);

internal sealed record CatalogueFile(
    string Version,
    IReadOnlyDictionary<string, DocumentEntry> Documents,
    LocalizedText Practice,
    IReadOnlyDictionary<string, LabelEntry> Labels);

internal sealed record DocumentEntry(string Seed, LocalizedText Issuer, LocalizedText Title, string? Date, LocalizedText? DateNote);

internal sealed record BasisEntry(string Kind, string? Document, LocalizedText? Section, LocalizedText? Point);

internal sealed record LabelEntry(
    string Route,
    IReadOnlyDictionary<string, string>? RouteFor,
    IReadOnlyList<BasisEntry> Basis,
    LocalizedText Why,
    LocalizedText Advice,
    MissingEntry? Missing,
    IReadOnlyList<VariantEntry>? Variants);

internal sealed record MissingEntry(LocalizedText Why, LocalizedText Advice);

internal sealed record VariantEntry(
    string Id,
    IReadOnlyList<string> All,
    IReadOnlyList<string>? Unless,
    string? Route,
    IReadOnlyList<BasisEntry>? Basis,
    LocalizedText? Why,
    LocalizedText Advice);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(RoutesFile))]
[JsonSerializable(typeof(CatalogueFile))]
internal sealed partial class CatalogueJsonContext : JsonSerializerContext;
