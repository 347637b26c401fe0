using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Pipeline.Signals.Technologies;

/// <summary>
/// The technology lexicon: versioned data (<c>technology-lexicon.json</c>, embedded in this assembly),
/// not code. Loading checks the schema version and every entry, so a bad edit fails the first test
/// rather than a scan.
/// </summary>
public sealed record TechnologyLexicon(int SchemaVersion, string Version, IReadOnlyList<TechnologyList> Lists, IReadOnlyList<TechnologyEntry> Entries)
{
    public const int SupportedSchemaVersion = 1;

    private const string ResourceName = "Intake.Pipeline.Signals.Technologies.technology-lexicon.json";

    private static readonly Lazy<TechnologyLexicon> s_embedded = new(LoadEmbedded);

    /// <summary>The lexicon shipped with this build; loaded once.</summary>
    public static TechnologyLexicon Embedded => s_embedded.Value;

    public TechnologyList ListOf(TechnologyEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Lists.First(l => l.Id == entry.List);
    }

    /// <exception cref="InvalidDataException">The JSON is not a lexicon of the supported schema, or an entry is incomplete.</exception>
    public static TechnologyLexicon Parse(string json)
    {
        TechnologyLexicon? lexicon;
        try
        {
            lexicon = JsonSerializer.Deserialize(json, TechnologyLexiconJsonContext.Default.TechnologyLexicon);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The technology lexicon is not valid JSON: {exception.Message}", exception);
        }

        if (lexicon is null)
        {
            throw new InvalidDataException("The technology lexicon is empty.");
        }

        lexicon.Validate();
        return lexicon;
    }

    private static TechnologyLexicon LoadEmbedded()
    {
        using var stream = typeof(TechnologyLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private void Validate()
    {
        if (SchemaVersion != SupportedSchemaVersion)
        {
            throw new InvalidDataException($"Technology lexicon schema version {SchemaVersion} is not supported (expected {SupportedSchemaVersion}).");
        }

        var lists = Lists.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            var where = $"technology lexicon entry '{entry.Id}'";
            if (string.IsNullOrWhiteSpace(entry.Id) || !ids.Add(entry.Id))
            {
                throw new InvalidDataException($"{where}: the id is empty or not unique.");
            }

            if (!lists.TryGetValue(entry.List, out var list))
            {
                throw new InvalidDataException($"{where}: unknown list '{entry.List}'.");
            }

            if (entry.Terms.Ja.Count + entry.Terms.En.Count + entry.Abbreviations.Count == 0)
            {
                throw new InvalidDataException($"{where}: no terms and no abbreviations.");
            }

            foreach (var sense in entry.Senses)
            {
                var severity = sense switch
                {
                    "technology" => list.Severity.Technology,
                    "goods" => list.Severity.Goods,
                    _ => throw new InvalidDataException($"{where}: unknown sense '{sense}' (technology or goods)."),
                };
                if (severity is null)
                {
                    throw new InvalidDataException($"{where}: list '{list.Id}' gives no severity for the sense '{sense}'.");
                }
            }

            if (entry.AppliesFrom is null ? string.IsNullOrWhiteSpace(entry.AppliesFromNote) : !IsDate(entry.AppliesFrom))
            {
                throw new InvalidDataException($"{where}: appliesFrom must be a date (yyyy-MM-dd or yyyy-MM), or null with an appliesFromNote.");
            }

            if (entry.Sources.Count == 0 || entry.Sources.Any(s => string.IsNullOrWhiteSpace(s.Issuer) || string.IsNullOrWhiteSpace(s.Title) || string.IsNullOrWhiteSpace(s.Section)))
            {
                throw new InvalidDataException($"{where}: every entry needs a source with issuer, title and section.");
            }

            if (string.IsNullOrWhiteSpace(entry.Obligation.Ja) || string.IsNullOrWhiteSpace(entry.Obligation.En))
            {
                throw new InvalidDataException($"{where}: the obligation needs Japanese and English text.");
            }
        }
    }

    private static bool IsDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}

/// <summary>Source-generated metadata: no reflection at run time (the function app is trimmed).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(TechnologyLexicon))]
internal sealed partial class TechnologyLexiconJsonContext : JsonSerializerContext;
