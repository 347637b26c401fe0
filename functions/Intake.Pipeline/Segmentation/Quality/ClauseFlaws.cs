using System.Text;
using System.Text.RegularExpressions;

namespace Intake.Pipeline.Segmentation.Quality;

/// <summary>
/// Tells whether one clause's text is a contents line, a bare heading, carries a glued page number or
/// stops mid-sentence. Deliberately independent of the segmenter's own rules: it judges the output
/// the way a reader of the findings would.
/// </summary>
public static partial class ClauseFlaws
{
    public static ClauseFlaw Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // NFKC first: PDFs write ";" as the Greek question mark (U+037E) and digits in full width.
        var trimmed = text.Normalize(NormalizationForm.FormKC).Trim();
        if (trimmed.Length == 0)
        {
            return ClauseFlaw.HeadingOnly;
        }

        if (DottedLeader().IsMatch(trimmed) || TitleThenPageNumber().IsMatch(trimmed) || ContentsRun().Count(trimmed) >= 3)
        {
            return ClauseFlaw.ContentsLine;
        }

        if (GluedPageNumber().IsMatch(trimmed))
        {
            return ClauseFlaw.PageNumberGlued;
        }

        if (LooksLikeHeading(trimmed))
        {
            return ClauseFlaw.HeadingOnly;
        }

        return EndsASentence(trimmed) ? ClauseFlaw.None : ClauseFlaw.EndsMidSentence;
    }

    private static bool EndsASentence(string text)
    {
        var last = text[^1];
        if (last is '.' or '。' or '!' or '?' or '！' or '？' or ';' or '；' or ':' or '：' or ')' or '）' or '」' or '』' or '"' or '”' or '\'' or '’' or ']')
        {
            return true;
        }

        // A list item that goes on into the next one: "…of the Licensee; and", "…in writing, or". A row
        // that ends with a web address ("… http://www.example.com/offers/") has nowhere to put a full stop.
        return ListJoin().IsMatch(text) || EndsWithAddress().IsMatch(text);
    }

    [GeneratedRegex(@"(?:https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithAddress();

    // A heading is short, does not end a sentence, and is mostly capitalised words (or has no verb-like lower-case run).
    private static bool LooksLikeHeading(string text)
    {
        if (text.Length > 90 || EndsASentence(text) && !text.EndsWith(':') && !text.EndsWith('.'))
        {
            return false;
        }

        var body = LeadingNumber().Replace(text, string.Empty).Trim().TrimEnd('.', ':');
        if (body.Length == 0)
        {
            return true;
        }

        if (JapaneseHeading().IsMatch(body))
        {
            return true;
        }

        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 10)
        {
            return false;
        }

        var significant = words.Where(w => w.Length > 3 && char.IsLetter(w[0])).ToList();
        return significant.Count > 0 && significant.All(w => char.IsUpper(w[0])) && !body.Contains(". ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?:\.\s*){5,}|…{2,}|_{5,}\s*\d+\s*$")]
    private static partial Regex DottedLeader();

    // "15.8 Governing Laws; Jurisdiction 32", "ARTICLE 9 INDEMNIFICATION 41", "Exhibit B Form of Notice 77".
    [GeneratedRegex(@"^(?:(?:ARTICLE|Article|SECTION|Section|EXHIBIT|Exhibit|SCHEDULE|Schedule|Annex|ANNEX)\s+)?[0-9A-Z]{1,3}(?:\.[0-9]{1,3})*\.?\s+[A-Z][^.!?]{1,80}?\s+[0-9]{1,3}$")]
    private static partial Regex TitleThenPageNumber();

    // Several "title page-number" pairs in one text: a contents page read as prose.
    [GeneratedRegex(@"(?:^|\s)[0-9]{1,2}(?:\.[0-9]{1,2})+\s+[A-Z][A-Za-z,;'&\- ]{2,60}?\s+[0-9]{1,3}(?=\s+[0-9]{1,2}(?:\.[0-9]{1,2})+\s|$)")]
    private static partial Regex ContentsRun();

    // A sentence end followed by a bare number: the page number of a footer glued on.
    [GeneratedRegex(@"[.;:)）。]\s+(?:-\s*)?[0-9]{1,3}(?:\s*-)?$")]
    private static partial Regex GluedPageNumber();

    [GeneratedRegex(@"(?:[;,]\s*(?:and|or|and/or)|\band/or)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListJoin();

    [GeneratedRegex(@"^\s*(?:(?:ARTICLE|Article|SECTION|Section)\s+)?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[IVXLC]{1,6}|\(?[a-zA-Z0-9]{1,3}\))\.?\s*|^\s*第[0-9０-９一二三四五六七八九十百]+条\s*")]
    private static partial Regex LeadingNumber();

    // Japanese only: a short English sentence without a comma ("Not applicable") is not a heading by this rule.
    [GeneratedRegex(@"^(?=.*[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}])[（(]?[^。、，,.]{1,20}[）)]?$")]
    private static partial Regex JapaneseHeading();
}
