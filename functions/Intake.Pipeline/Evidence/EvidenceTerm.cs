using Intake.Pipeline.Guidance;

namespace Intake.Pipeline.Evidence;

/// <summary>
/// A whole word or phrase of the clause that decided a label. <see cref="Offset"/> and
/// <see cref="Length"/> index the clause text (<c>text.Substring(offset, length) == Text</c>);
/// <see cref="DocumentOffset"/> indexes the extracted document text (clause offset + offset).
/// </summary>
public sealed record EvidenceTerm(string Text, int Offset, int Length)
{
    public int? DocumentOffset { get; init; }
}

/// <summary>
/// Why a finding was raised, for a reader: the clause's deciding words (none for a missing
/// safeguard), the heading's words that pushed the label, and one sentence on why it matters.
/// </summary>
public sealed record FindingEvidence(IReadOnlyList<EvidenceTerm> Terms, IReadOnlyList<string> HeadingTerms, LocalizedText Why);
