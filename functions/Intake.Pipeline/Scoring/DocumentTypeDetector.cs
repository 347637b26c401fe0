using System.Text.RegularExpressions;

namespace Intake.Pipeline.Scoring;

/// <summary>
/// The document type, from the user's hint, else the title, else the body. Only used to decide which
/// safeguards are expected (<see cref="ExpectedSafeguards"/>).
/// <list type="number">
/// <item>Title: the agreement names in the first part of the text ("Software License and Maintenance
/// Agreement", 「特許実施許諾契約書」), in order; the first that names a type decides. An amendment is
/// typed by what it amends when its title or first part names it ("Amendment #3 to the Manufacturing
/// Agreement", 「…契約の一部を変更する覚書」), else it is <see cref="DocumentType.Amendment"/> and no
/// safeguard is expected of it.</item>
/// <item>Body: when no title names a type, the type whose cues (Licensor, royalties, 実施料, 委託料 …)
/// occur most, the first part counting three times, if they occur at least <see cref="MinimumBodyCues"/> times.</item>
/// </list>
/// </summary>
public static partial class DocumentTypeDetector
{
    /// <summary>How much of the text counts as its first part: title, parties, recitals.</summary>
    public const int OpeningLength = 2000;

    /// <summary>Fewer body cues than this leave the type unknown rather than guessed.</summary>
    public const int MinimumBodyCues = 6;

    private const int MaxBodyLength = 200_000;

    public static DocumentType Detect(string? hint, string text)
    {
        if (TryParseHint(hint, out var hinted))
        {
            return hinted;
        }

        ArgumentNullException.ThrowIfNull(text);
        var opening = text.Length <= OpeningLength ? text : text[..OpeningLength];
        return FromTitle(opening) ?? FromBody(text, opening);
    }

    /// <summary>The CLI's and blob metadata's spelling: <c>nda</c>, <c>licence</c>/<c>license</c>, <c>joint-research</c>, <c>ip-assignment</c> ….</summary>
    public static bool TryParseHint(string? hint, out DocumentType type)
    {
        type = DocumentType.Unknown;
        if (string.IsNullOrWhiteSpace(hint))
        {
            return false;
        }

        var name = hint.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        if (string.Equals(name, "license", StringComparison.OrdinalIgnoreCase))
        {
            name = nameof(DocumentType.Licence);
        }

        return Enum.TryParse(name, ignoreCase: true, out type) && Enum.IsDefined(type) && !int.TryParse(name, out _);
    }

    /// <summary>The type a title names, or null when it names none. Amendments are resolved to what they amend where possible.</summary>
    public static DocumentType? FromTitle(string opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var amendment = false;
        foreach (var title in Titles(opening))
        {
            if (DocumentTypeCues.Amendment().Match(title) is { Success: true } amending)
            {
                // "Amendment #3 to the Manufacturing Agreement": the words after the amendment name what it amends.
                if (TypeNamedBy(title[(amending.Index + amending.Length)..]) is { } amended)
                {
                    return amended;
                }

                amendment = true;
                continue;
            }

            // After an amendment's title, the first agreement the opening names is the one it amends
            // ("Reference is made to that certain Wireless Content License Agreement …").
            if (TypeNamedBy(title) is { } type)
            {
                return type;
            }
        }

        return amendment ? AmendedTypeIn(opening) ?? DocumentType.Amendment : null;
    }

    private static DocumentType? AmendedTypeIn(string opening)
    {
        foreach (Match named in DocumentTypeCues.AmendedName().Matches(opening))
        {
            if (TypeNamedBy(named.Groups["name"].Value) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    // English: the first type in priority order. Japanese: the head of the title, the last type word.
    private static DocumentType? TypeNamedBy(string title)
    {
        var japanese = title.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');
        DocumentType? best = null;
        var bestEnd = -1;
        foreach (var (type, pattern, _) in DocumentTypeCues.Types)
        {
            var matches = pattern.Matches(title);
            if (matches.Count == 0)
            {
                continue;
            }

            if (!japanese)
            {
                return type;
            }

            var end = matches[^1].Index + matches[^1].Length;
            if (end > bestEnd)
            {
                (best, bestEnd) = (type, end);
            }
        }

        return best;
    }

    private static IEnumerable<string> Titles(string opening)
    {
        var names = DocumentTypeCues.EnglishTitle().Matches(opening).Cast<Match>()
            .Concat(DocumentTypeCues.JapaneseTitle().Matches(opening).Cast<Match>())
            .Where(m => m.Length > 0)
            .OrderBy(m => m.Index);
        foreach (var name in names)
        {
            yield return name.Value;
        }
    }

    private static DocumentType FromBody(string text, string opening)
    {
        var body = text.Length <= MaxBodyLength ? text : text[..MaxBodyLength];
        var scored = DocumentTypeCues.Types
            .Select(t => (t.Type, Score: t.Body.Count(body) + (2 * t.Body.Count(opening))))
            .OrderByDescending(t => t.Score)
            .First();
        return scored.Score >= MinimumBodyCues ? scored.Type : DocumentType.Unknown;
    }
}
