using Intake.Pipeline.Classification;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Segmentation;
using Intake.Pipeline.Signals.Parties;
using Intake.Pipeline.Signals.Screening;
using Intake.Pipeline.Signals.Technologies;

namespace Intake.Pipeline.Signals;

/// <summary>
/// The signals stage (lists, not learning): technologies from the lexicon, judged against the clause
/// labels (transfer of technology or sale of goods); the parties; and the parties screened against the
/// lists in force. Signal findings come first, technologies before parties, as the reports show them.
/// </summary>
public sealed class SignalDetector(TechnologyLexicon lexicon)
{
    private readonly TechnologySignals _technologies = new(lexicon);

    public SignalDetector()
        : this(TechnologyLexicon.Embedded)
    {
    }

    public DocumentSignals Detect(
        IReadOnlyList<Clause> clauses, IReadOnlyList<ClauseClassification> classifications, DocumentType documentType, string? language, ScreeningListSet lists, IReadOnlyList<Clause>? partyText = null)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(lists);
        var technologies = _technologies.Find(clauses, classifications, documentType, language);
        // Parties are read from the contract text with its signature blocks (which are not clauses).
        var parties = PartyExtractor.Extract(partyText ?? clauses);
        var (screened, screening) = ScreeningSignals.Screen(clauses, parties, lists, language);
        return new DocumentSignals([.. technologies, .. screened], parties, screening);
    }
}
