namespace Intake.Pipeline.Signals;

/// <summary>Why a signal finding was raised: from the lexicon or from a screening list.</summary>
public enum SignalBasis
{
    /// <summary>The technology is licensed, taught, disclosed, contributed or developed jointly.</summary>
    TechnologyTransfer,

    /// <summary>The item is only named as goods (sold, supplied, delivered).</summary>
    Goods,

    /// <summary>A name in the document equals a listed name (after folding).</summary>
    ExactName,

    /// <summary>A name in the document equals one of a listed entity's aliases (after folding).</summary>
    Alias,

    /// <summary>A name in the document is a close variant of a listed name or alias.</summary>
    SimilarName,
}

/// <summary>
/// The structured part of a signal finding (JSON <c>signal</c>): which list and entry, what matched,
/// and on what basis. <see cref="Country"/> is shown as the list gives it and never scored.
/// </summary>
/// <param name="List">The lexicon list id (<c>fefta-prior-report</c>…) or the screening list's <c>list</c> column (else its file name).</param>
/// <param name="Entry">The lexicon entry id, or the listed entity's name.</param>
/// <param name="Name">The entry's name in the document's language, or the name as the document writes it.</param>
/// <param name="Matched">The term, abbreviation, name or alias that matched.</param>
public sealed record SignalDetail(string List, string Entry, string Name, string Matched, SignalBasis Basis)
{
    /// <summary>The screening list file or blob the entry came from, with its line.</summary>
    public string? ListSource { get; init; }

    public string? Country { get; init; }

    public string? Reason { get; init; }

    /// <summary>Name similarity (0–1) for <see cref="SignalBasis.SimilarName"/>.</summary>
    public double? Similarity { get; init; }
}
