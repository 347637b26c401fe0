using System.Text.RegularExpressions;

namespace Intake.Pipeline.Segmentation;

/// <summary>
/// Recognises the numbering of English and Japanese contracts at the start of a line. Works on
/// NFKC-normalised lines, so full-width digits and brackets look like ASCII ones.
/// </summary>
internal static partial class NumberingPatterns
{
    public static LineShape Classify(string line)
    {
        var match = JapaneseArticle().Match(line);
        if (match.Success)
        {
            return new LineShape(LineKind.ArticleHeading, match.Groups["n"].Value, NullIfEmpty(match.Groups["title"].Value), RestOf(line, match));
        }

        match = EnglishArticle().Match(line);
        if (match.Success)
        {
            var rest = match.Groups["rest"].Value;
            // "Article 5 Confidentiality" is a heading; "Article 5. The Licensee shall ..." carries its text.
            return LooksLikeTitle(rest)
                ? new LineShape(LineKind.ArticleHeading, match.Groups["n"].Value, NullIfEmpty(rest.Trim().TrimEnd('.')), line.Length)
                : new LineShape(LineKind.ArticleHeading, match.Groups["n"].Value, null, match.Groups["rest"].Index);
        }

        match = PendingTitle().Match(line);
        if (match.Success)
        {
            return new LineShape(LineKind.PendingTitle, null, match.Groups["title"].Value, line.Length);
        }

        match = NumberedTitle().Match(line);
        if (match.Success && LooksLikeTitle(match.Groups["rest"].Value))
        {
            return new LineShape(LineKind.ArticleHeading, match.Groups["n"].Value, match.Groups["rest"].Value.Trim().TrimEnd('.'), line.Length);
        }

        if (AllCapsHeading().IsMatch(line) || TitleCaseHeading().IsMatch(line) || ShortJapaneseTitle().IsMatch(line))
        {
            return new LineShape(LineKind.ArticleHeading, null, line.Trim(), line.Length);
        }

        match = Paragraph().Match(line);
        if (match.Success)
        {
            return new LineShape(LineKind.Paragraph, match.Groups["n"].Value, null, 0);
        }

        match = Item().Match(line);
        if (match.Success)
        {
            return new LineShape(LineKind.Item, match.Groups["n"].Value, null, 0);
        }

        return new LineShape(LineKind.Continuation, null, null, 0);
    }

    /// <summary>True when a paragraph's last words announce a list of items that belong to it.</summary>
    public static bool LeadsIntoItems(string text) => LeadIn().IsMatch(text);

    private static int RestOf(string line, Match match)
    {
        var rest = match.Groups["rest"];
        return rest.Success && rest.Length > 0 ? rest.Index : line.Length;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // A title is short and is not a sentence: no verb of obligation, no closing full stop after many words.
    private static bool LooksLikeTitle(string rest)
    {
        var trimmed = rest.Trim();
        return trimmed.Length <= 70 && !ObligationWord().IsMatch(trimmed) && !trimmed.Contains(". ", StringComparison.Ordinal);
    }

    // An optional Markdown "##" before the number: contracts arrive as text exported from Word or wikis.
    [GeneratedRegex(@"^\s*(?:#{1,6}\s*)?第\s*(?<n>[0-9一二三四五六七八九十百千]+)\s*条(?:の[0-9一二三四五六七八九十]+)?\s*(?:\((?<title>[^)]{1,40})\))?\s*(?<rest>.*)$")]
    private static partial Regex JapaneseArticle();

    [GeneratedRegex(@"^\s*(?:#{1,6}\s*)?(?:ARTICLE|Article)\s+(?<n>[0-9]+|[IVXLC]+)\b[.:]?\s*[-–—:.]?\s*(?<rest>.*)$")]
    private static partial Regex EnglishArticle();

    [GeneratedRegex(@"^\s*\((?<title>[^)0-9a-zA-Z]{1,30})\)\s*$")]
    private static partial Regex PendingTitle();

    [GeneratedRegex(@"^\s*(?:(?:SECTION|Section)\s+)?(?<n>[0-9]{1,2})\.?\s+(?<rest>[A-Z][^\n]{1,69})$")]
    private static partial Regex NumberedTitle();

    [GeneratedRegex(@"^\s*[A-Z][A-Z0-9 ,&'/\-]{3,60}$")]
    private static partial Regex AllCapsHeading();

    // "Funding", "Intellectual Property", "Data and Materials": a short title-case line with no
    // closing punctuation heads the prose of proposals. A wrapped sentence line is longer or ends in a stop.
    [GeneratedRegex(@"^\s*[A-Z][\w'’&/-]*(?:\s+(?:of|and|or|the|to|for|in|on|with|&|[A-Z][\w'’&/-]*)){0,5}:?\s*$")]
    private static partial Regex TitleCaseHeading();

    // 「研究の目的」「知的財産の取扱い」: a short Japanese line without sentence punctuation or a party marker.
    [GeneratedRegex(@"^\s*(?=[^\s]*\p{IsCJKUnifiedIdeographs})[^\s。、．，,.:：()「」甲乙]{2,16}\s*$")]
    private static partial Regex ShortJapaneseTitle();

    [GeneratedRegex(@"^\s*(?:(?:SECTION|Section)\s+(?<n>[0-9]+(?:\.[0-9]+)*)\.?|(?<n>[0-9]{1,3}(?:\.[0-9]{1,3})+)\.?(?=\s)|(?<n>[0-9]{1,2})\.(?=\s)|(?<n>[0-9]{1,2})(?=\s+\p{IsCJKUnifiedIdeographs}|\s+[\p{IsHiragana}\p{IsKatakana}])|第(?<n>[0-9一二三四五六七八九十]+)項)")]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"^\s*(?:\((?<n>[a-z]{1,2}|[ivxl]{1,5}|[A-Z]|[0-9]{1,2}|[一二三四五六七八九十]+|[ア-ン])\)|(?<n>[一二三四五六七八九十]+)[、.\s]|(?<n>[①-⑳⑴-⒇]))")]
    private static partial Regex Item();

    [GeneratedRegex(@"\b(shall|will|must|may|agrees?|hereby|is|are)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ObligationWord();

    [GeneratedRegex(@"[:：]\s*$|次の各号|以下の各号|次に掲げる|as follows\W*$")]
    private static partial Regex LeadIn();
}
