using System.Text.Json;
using System.Text.RegularExpressions;
using Intake.Pipeline.Classification;

namespace Intake.Pipeline.Guidance;

/// <summary>
/// The leakage routes and the guidance catalogue, loaded once from the JSON embedded in this
/// assembly (<c>Guidance/routes.json</c>, <c>Guidance/catalogue.json</c>): data, versioned with the
/// code, so a reviewer can read and correct a citation without reading C#. Loading checks that every
/// route and document a label names exists and that every taxonomy label has an entry, so a broken
/// catalogue fails at start-up rather than in a report.
/// </summary>
public sealed class GuidanceCatalogue
{
    private static readonly Lazy<GuidanceCatalogue> s_default = new(() => Load(
        Open("Intake.Pipeline.Guidance.routes.json"), Open("Intake.Pipeline.Guidance.catalogue.json")));

    private readonly Dictionary<string, LeakageRoute> _routes;
    private readonly Dictionary<string, Entry> _labels;

    private GuidanceCatalogue(string version, string routesVersion, Dictionary<string, LeakageRoute> routes, Dictionary<string, Entry> labels, LocalizedText practice)
    {
        Version = version;
        RoutesVersion = routesVersion;
        _routes = routes;
        _labels = labels;
        Practice = practice;
    }

    /// <summary>The catalogue shipped in this build.</summary>
    public static GuidanceCatalogue Default => s_default.Value;

    public string Version { get; }

    public string RoutesVersion { get; }

    /// <summary>The sentence a practice basis carries: the guidance is silent, this is contract-review practice.</summary>
    public LocalizedText Practice { get; }

    public IReadOnlyCollection<LeakageRoute> Routes => _routes.Values;

    public IReadOnlyCollection<string> Labels => _labels.Keys;

    public LeakageRoute Route(string id) =>
        _routes.TryGetValue(id, out var route) ? route : throw new ArgumentException($"Unknown route '{id}'.", nameof(id));

    public bool Has(string label) => _labels.ContainsKey(label);

    /// <summary>
    /// The guidance for a clause finding: the first variant whose patterns all match the clause (and
    /// none of its <c>unless</c> patterns), else the label's general entry; the route may depend on the document type.
    /// </summary>
    public FindingGuidance ForClause(string label, string clauseText, string documentType)
    {
        ArgumentNullException.ThrowIfNull(clauseText);
        var entry = Get(label);
        var route = entry.RouteFor.TryGetValue(documentType, out var typed) ? typed : entry.Route;
        foreach (var variant in entry.Variants)
        {
            if (variant.All.All(p => p.IsMatch(clauseText)) && !variant.Unless.Any(p => p.IsMatch(clauseText)))
            {
                return new FindingGuidance(variant.Route ?? route, variant.Basis ?? entry.Basis, variant.Why ?? entry.Why, variant.Advice, variant.Id);
            }
        }

        return new FindingGuidance(route, entry.Basis, entry.Why, entry.Advice, null);
    }

    /// <summary>The guidance for a safeguard the document type expects but no clause provides.</summary>
    public FindingGuidance ForMissing(string label, string documentType)
    {
        var entry = Get(label);
        var route = entry.RouteFor.TryGetValue(documentType, out var typed) ? typed : entry.Route;
        return entry.Missing is { } missing
            ? new FindingGuidance(route, entry.Basis, missing.Why, missing.Advice, "missing")
            : new FindingGuidance(route, entry.Basis, entry.Why, entry.Advice, "missing");
    }

    /// <summary>The general entry of a label (document-level signals such as <c>designated-technology</c> use it directly).</summary>
    public FindingGuidance ForLabel(string label) => ForClause(label, string.Empty, string.Empty) with { Variant = null };

    private Entry Get(string label) =>
        _labels.TryGetValue(label, out var entry) ? entry : throw new ArgumentException($"The guidance catalogue has no entry for '{label}'.", nameof(label));

    internal static GuidanceCatalogue Load(Stream routesJson, Stream catalogueJson)
    {
        using (routesJson)
        using (catalogueJson)
        {
            var routesFile = JsonSerializer.Deserialize(routesJson, CatalogueJsonContext.Default.RoutesFile)
                ?? throw new InvalidDataException("routes.json is empty.");
            var file = JsonSerializer.Deserialize(catalogueJson, CatalogueJsonContext.Default.CatalogueFile)
                ?? throw new InvalidDataException("catalogue.json is empty.");
            var routes = routesFile.Routes.ToDictionary(r => r.Id, r => new LeakageRoute(r.Id, r.Name), StringComparer.Ordinal);
            var documents = file.Documents.ToDictionary(
                d => d.Key, d => new GuidanceDocument(d.Key, d.Value.Seed, d.Value.Issuer, d.Value.Title, d.Value.Date, d.Value.DateNote), StringComparer.Ordinal);

            LeakageRoute RouteOf(string id, string where) =>
                routes.TryGetValue(id, out var route) ? route : throw new InvalidDataException($"{where}: unknown route '{id}'.");

            IReadOnlyList<Basis> BasisOf(IReadOnlyList<BasisEntry> entries, string where)
            {
                if (entries.Count == 0)
                {
                    throw new InvalidDataException($"{where}: a basis is required (kind 'practice' when the guidance is silent).");
                }

                return [.. entries.Select(b => b.Kind switch
                {
                    "practice" => new Basis(BasisKind.Practice, null, null, b.Point ?? file.Practice),
                    "guidance" when b.Document is not null && documents.TryGetValue(b.Document, out var document) && b.Section is not null && b.Point is not null =>
                        new Basis(BasisKind.Guidance, document, b.Section, b.Point),
                    _ => throw new InvalidDataException($"{where}: a guidance basis needs a known document, a section and a point."),
                })];
            }

            var labels = new Dictionary<string, Entry>(StringComparer.Ordinal);
            foreach (var (label, e) in file.Labels)
            {
                var basis = BasisOf(e.Basis, label);
                var variants = (e.Variants ?? []).Select(v => new Variant(
                    v.Id,
                    [.. v.All.Select(Compile)],
                    [.. (v.Unless ?? []).Select(Compile)],
                    v.Route is null ? null : RouteOf(v.Route, $"{label}/{v.Id}"),
                    v.Basis is null ? null : BasisOf(v.Basis, $"{label}/{v.Id}"),
                    v.Why,
                    v.Advice)).ToList();
                var routeFor = (e.RouteFor ?? new Dictionary<string, string>()).ToDictionary(p => p.Key, p => RouteOf(p.Value, label), StringComparer.OrdinalIgnoreCase);
                labels[label] = new Entry(RouteOf(e.Route, label), routeFor, basis, e.Why, e.Advice, e.Missing, variants);
            }

            var absent = Taxonomy.Ids.Where(id => !labels.ContainsKey(id)).ToList();
            if (absent.Count > 0)
            {
                throw new InvalidDataException($"catalogue.json has no entry for {string.Join(", ", absent)}.");
            }

            return new GuidanceCatalogue(file.Version, routesFile.Version, routes, labels, file.Practice);
        }
    }

    private static Stream Open(string name) =>
        typeof(GuidanceCatalogue).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidDataException($"The embedded resource {name} is missing from the build.");

    // Patterns are data: case-insensitive, culture-invariant, with a timeout so a bad one cannot hang a scan.
    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250));

    private sealed record Variant(string Id, IReadOnlyList<Regex> All, IReadOnlyList<Regex> Unless, LeakageRoute? Route, IReadOnlyList<Basis>? Basis, LocalizedText? Why, LocalizedText Advice);

    private sealed record Entry(
        LeakageRoute Route,
        Dictionary<string, LeakageRoute> RouteFor,
        IReadOnlyList<Basis> Basis,
        LocalizedText Why,
        LocalizedText Advice,
        MissingEntry? Missing,
        IReadOnlyList<Variant> Variants);
}
