namespace Intake.Training.Data;

/// <summary>
/// One clause with the labels known for it, as training and evaluation use it.
/// <see cref="Known"/> lists the labels the source gives a reliable answer for (positive or negative);
/// null means all of them. CUAD, for example, says nothing about confidentiality, so a CUAD clause is
/// neither a positive nor a negative for it. <see cref="Group"/> is the whole document the clause
/// comes from: splits keep a group on one side. <see cref="Parts"/>, when given, are the clause's
/// sentences with labels of their own (CUAD annotates sentences); training then learns from them.
/// <see cref="TwinOf"/> names the corpus line this one translates (<see cref="CorpusTwins.KeyOf"/> of its text), so both share a group.
/// </summary>
public sealed record LabelledClause(
    string Text,
    string? Heading,
    string Language,
    string Source,
    string Group,
    IReadOnlySet<string> Positives,
    IReadOnlySet<string>? Known = null,
    IReadOnlyList<LabelledClause>? Parts = null,
    string? TwinOf = null)
{
    /// <summary>The kind of source ("corpus", "cuad", "meti-jpo"), the part of <see cref="Source"/> before the first colon.</summary>
    public string SourceKind => Source.Split(':', 2)[0];

    /// <summary>A CUAD annotated excerpt taken whole (its source reads <c>cuad:FILE:excerpt:OFFSET</c>), as opposed to a unit cut from the contract text.</summary>
    public bool IsExcerpt => Source.Contains(":excerpt:", StringComparison.Ordinal);

    /// <summary>A unit cut from a CUAD contract's full text: labelled only where annotators highlighted, so its negatives are noisy.</summary>
    public bool IsContractUnit => SourceKind == "cuad" && !IsExcerpt;

    public bool IsKnown(string label) => Known is null || Known.Contains(label);

    public bool Has(string label) => Positives.Contains(label);
}
