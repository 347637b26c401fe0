namespace Intake.Pipeline.Segmentation;

/// <summary>
/// One clause: a numbered paragraph, an article's single paragraph, or a sentence group of prose.
/// <see cref="Offset"/> is the index of the clause's first character in <c>ExtractedDocument.Text</c>;
/// <see cref="Heading"/> is the heading of the article or section it sits under, when there is one.
/// </summary>
public sealed record Clause(string Text, string? Heading, string? Number, int Page, int Offset, string Language)
{
    /// <summary>
    /// The marker of the commentary block this clause sits in (「＜解説＞」, "Drafting note", 「※」), or
    /// null for contract text. Commentary is counted but never classified: it yields no findings and credits no safeguard.
    /// </summary>
    public string? Commentary { get; init; }

    public bool IsCommentary => Commentary is not null;

    /// <summary>A signature, address or notice block: not a term, never classified or counted, but read for the parties.</summary>
    public bool IsSignatureBlock { get; init; }

    /// <summary>A form ("PART NUMBER: SERIAL NBR:", "[ ] Yes [ ] No") or a row of party labels: not a term, never classified or counted.</summary>
    public bool IsForm { get; init; }

    /// <summary>A term of the document: neither a signature or address block nor a form.</summary>
    public bool IsTerm => !IsSignatureBlock && !IsForm;
}
