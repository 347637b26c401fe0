using Intake.Pipeline.Evidence;
using Intake.Pipeline.Scoring;

namespace Intake.Pipeline.Guidance;

/// <summary>
/// Attaches route, basis, why-it-matters and advice to a finding from its final label. The scorer
/// calls it once, last, so that anything that relabels or downgrades a finding before (polarity,
/// direction, document-level signals) is answered with the guidance of the label it ends with.
/// </summary>
public static class FindingAnnotator
{
    public static Finding Annotate(Finding finding, string documentType, string? language, GuidanceCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(finding);
        catalogue ??= GuidanceCatalogue.Default;
        if (!catalogue.Has(finding.Label))
        {
            return finding;
        }

        var guidance = finding.Kind == FindingKind.MissingSafeguard
            ? catalogue.ForMissing(finding.Label, documentType)
            : catalogue.ForClause(finding.Label, finding.Text ?? string.Empty, documentType);
        var evidence = finding.Evidence ?? new FindingEvidence([], [], guidance.Why);
        return finding with
        {
            Route = guidance.Route.Id,
            RouteName = guidance.Route.Name,
            Basis = guidance.Basis,
            Evidence = evidence with { Why = guidance.Why },
            Advice = guidance.Advice,
            AdviceVariant = guidance.Variant,
            // A signal's own advice names its list entry's obligation (lexicon data); keep it over the label's general advice.
            Recommendation = finding.Kind == FindingKind.Signal && !string.IsNullOrEmpty(finding.Recommendation) ? finding.Recommendation : guidance.Advice.In(language),
        };
    }
}
