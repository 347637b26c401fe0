using Intake.Pipeline.Classification;
using Intake.Pipeline.Guidance;

namespace Intake.Pipeline.Signals.Technologies;

/// <summary>A guidance document a lexicon entry comes from: issuer, title and section, as cited in findings.</summary>
public sealed record GuidanceSource(string Issuer, string Title, string Section);

/// <summary>The severity a list's hit gets when the technology is transferred, and when it is only named as goods (null: no finding).</summary>
public sealed record ListSeverity(Severity? Technology, Severity? Goods);

/// <summary>One list of the lexicon: the finding label it raises, its severities and the advice it carries.</summary>
public sealed record TechnologyList(string Id, string Finding, ListSeverity Severity, LocalizedText Name, LocalizedText Advice);

/// <summary>Japanese and English terms of an entry; matched after <see cref="SignalText.Fold"/>.</summary>
public sealed record TermSet(IReadOnlyList<string> Ja, IReadOnlyList<string> En);

/// <summary>The provisions of the Goods Ordinance (貨物等省令) that control an item as goods and as technology.</summary>
public sealed record Provisions(string? Goods, string? Technology);

/// <summary>
/// One technology of the lexicon. <see cref="Senses"/> says whether the list obliges anything when the
/// technology is transferred ("technology") or when the item is only sold as goods ("goods").
/// Abbreviations are matched case-sensitively as whole tokens; when <see cref="AbbreviationContext"/> is
/// given, only beside one of its words (SEM is also search-engine marketing). When <see cref="Context"/>
/// is given, every hit needs one of its words in the same clause.
/// </summary>
public sealed record TechnologyEntry(
    string Id,
    string List,
    int Number,
    LocalizedText Name,
    TermSet Terms,
    IReadOnlyList<string> Abbreviations,
    IReadOnlyList<string> Exclusions,
    IReadOnlyList<string> Senses,
    LocalizedText Obligation,
    string? AppliesFrom,
    IReadOnlyList<GuidanceSource> Sources)
{
    // Nullable: the JSON source generator sets an absent init property to null, not to an initialiser's value.
    public IReadOnlyList<string>? AbbreviationContext { get; init; }

    public IReadOnlyList<string>? Context { get; init; }

    public Provisions? Provisions { get; init; }

    /// <summary>Why <see cref="AppliesFrom"/> is empty or what it rests on, when the seeds leave a gap.</summary>
    public string? AppliesFromNote { get; init; }

    public bool Controls(SignalBasis basis) => Senses.Contains(basis == SignalBasis.Goods ? "goods" : "technology", StringComparer.Ordinal);
}
