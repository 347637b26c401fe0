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

        if (!LabelOrSalutation().IsMatch(line) && !IsPartyLabel(line) && (AllCapsHeading().IsMatch(line) || TitleCaseHeading().IsMatch(line) || ShortJapaneseTitle().IsMatch(line)))
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

    /// <summary>
    /// A line of a contents page: dotted leaders ("Confidentiality ........ 12"), or a section number and
    /// title followed by a page number ("15.8 Governing Laws; Jurisdiction 32").
    /// </summary>
    public static bool IsContentsLine(string line) => DottedLeader().IsMatch(line) || TitleThenPageNumber().IsMatch(line);

    /// <summary>How many contents entries one line holds: a contents page read as one line ("I. GRANT .1 . . . . II. TERM .3 . . . .") holds several.</summary>
    public static int ContentsEntries(string line) => Math.Max(DottedLeader().Count(line), TitleThenPageNumber().IsMatch(line) ? 1 : 0);

    /// <summary>"TABLE OF CONTENTS", "Contents", "INDEX", "目次": the title of a contents page.</summary>
    public static bool IsContentsTitle(string line) => ContentsTitle().IsMatch(line);

    /// <summary>A numbering mark with nothing after it ("B.", "(xxvii)", "Section 10", "5.2"): its text is on the next line.</summary>
    public static bool IsBareMarker(string text) => BareMarker().IsMatch(text);

    /// <summary>"Left intentionally blank", "[Reserved]", "Intentionally omitted": a number kept for its place, with no term in it.</summary>
    public static bool IsPlaceholder(string text) => Placeholder().IsMatch(text);

    /// <summary>
    /// A form rather than a term: fields to fill in ("PART NUMBER: SERIAL NBR:", "[ ] Yes [ ] No",
    /// "Date: ______"), or a row of party labels over the signatures or addresses ("FRANCHISOR: FRANCHISEE:",
    /// "If to Licensor:"). Nothing in it binds anyone until it is filled in.
    /// </summary>
    public static bool IsFormOrPartyLabels(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 240)
        {
            return false;
        }

        var boxes = CheckBox().Count(trimmed);
        var fields = CapsField().Count(trimmed);
        var blanks = Blank().Count(trimmed);
        // What is left once the fields, boxes and blanks are taken out: a form has hardly any words of its own.
        var words = Blank().Replace(CheckBox().Replace(CapsField().Replace(trimmed, " "), " "), " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(char.IsLetter) >= 2);
        return (boxes >= 2 || fields >= 2 || blanks >= 2 || (blanks >= 1 && fields >= 1)) && words <= Math.Max(4, (boxes + fields + blanks) * 2)
            && !ObligationWord().IsMatch(trimmed) && !trimmed.Contains('。', StringComparison.Ordinal);
    }

    /// <summary>
    /// The head of a signature or notice block: "FRANCHISOR: FRANCHISEE:", "If to Licensor:", "In the
    /// presence of:", "Executed as a deed by …:". Kept with the signature blocks, where the parties are read.
    /// </summary>
    public static bool IsPartyLabel(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 120 && (NoticeTo().IsMatch(trimmed) || PartyLabelRow().IsMatch(trimmed) || WitnessLine().IsMatch(trimmed));
    }

    /// <summary>A sentence of the contract, not a line of a block: it binds someone ("shall", "will", "agrees") and is long enough to say how.</summary>
    public static bool IsSentence(string line) => line.Length >= 40 && ObligationWord().IsMatch(line) && BlockLabel().Count(line) < 2 && !line.Contains("/s/", StringComparison.Ordinal);

    /// <summary>A line a signature, address or form block is made of: labels, an address, blanks to fill in.</summary>
    public static bool IsBlockLine(string line) =>
        IsSignatureOrAddress(line) || IsAddress(line) || IsFormOrPartyLabels(line) || IsPartyLabel(line) || LabelOrSalutation().IsMatch(line)
        || (line.Length < 160 && AddressMark().IsMatch(line) && !ObligationWord().IsMatch(line))
        || (line.Length <= 60 && FieldRow().IsMatch(line) && !ObligationWord().IsMatch(line));

    // "Account name: [ * ]", "If to Acme: Jane Roe", "Swift code: XXXX": one short field and its value.
    [GeneratedRegex(@"^\s*[A-Z][\w .'/&-]{1,30}:\s*\S")]
    private static partial Regex FieldRow();

    /// <summary>An address or contact line: a postcode, a suite, an e-mail address, a telephone number, with no sentence in it.</summary>
    public static bool IsAddress(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length < 160 && !ObligationWord().IsMatch(trimmed) && trimmed[^1] is not '.' and not ';'
            && (AddressMark().Count(trimmed) >= 2 || (AddressMark().IsMatch(trimmed) && BlockLabel().IsMatch(trimmed)));
    }

    /// <summary>
    /// A signature or address block: "/s/", or two or more labels such as "By:", "Name:", "Title:",
    /// "Attention:", "Telephone:" — or the label alone ("By:", "Sincerely,").
    /// </summary>
    public static bool IsSignatureOrAddress(string text) =>
        text.Contains("/s/", StringComparison.Ordinal) || BlockLabel().Count(text) >= 2 || LabelAlone().IsMatch(text) || (text.Length < 80 && EndsWithLabel().IsMatch(text) && !ObligationWord().IsMatch(text));

    /// <summary>A letter opening or an address-block line ("Dear Ms. Ito:", "Email:", "Northwind Labs, Inc."): never a heading.</summary>
    public static bool IsLabelOrSalutation(string line) => LabelOrSalutation().IsMatch(line);

    /// <summary>"10. Internal Revenue Code Election." → "Internal Revenue Code Election."; "8.3General" → "General".</summary>
    public static string WithoutLeadingNumber(string text) => LeadingNumber().Replace(text, string.Empty, 1);

    /// <summary>A heading that only introduces the recitals or a letter ("RECITALS", "WHEREAS:", "Dear Ms. Ito:"), not the article structure.</summary>
    public static bool IsPreambleHeading(string? heading) => heading is not null && PreambleHeading().IsMatch(heading);

    /// <summary>The title a numbered paragraph carries before its text ("5.2 Licenses to Improvements. Licensee…" → "Licenses to Improvements").</summary>
    public static string? InlineTitle(string rest)
    {
        var match = InlineTitlePattern().Match(rest);
        return match.Success ? match.Groups["title"].Value.Trim() : null;
    }

    /// <summary>The article a paragraph number belongs to: "5" for "5.2" and "Section 5.2.1"; null for a bare "5." or "(a)".</summary>
    public static string? ArticleOf(string? number) =>
        number is not null && number.Contains('.', StringComparison.Ordinal) ? number[..number.IndexOf('.', StringComparison.Ordinal)] : null;

    /// <summary>"V" → "5", "12" → "12": article numbers compared whether written in Roman or Arabic numerals.</summary>
    public static string? Arabic(string? number)
    {
        if (number is null || number.Length == 0 || number.Any(char.IsAsciiDigit))
        {
            return number;
        }

        int total = 0, previous = 0;
        foreach (var c in number.Reverse())
        {
            var value = c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
            if (value == 0)
            {
                return number;
            }

            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }

        return total.ToString(System.Globalization.CultureInfo.InvariantCulture);
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

    // 「（目的）」 above 第1条; model contracts also write 「1条（目的）」, and a DOCX list paragraph keeps its bullet 「• 1条（目的）」.
    [GeneratedRegex(@"^\s*(?:[•・]\s*)?(?:[0-9]{1,3}\s*条\s*)?\((?<title>[^)0-9a-zA-Z]{1,30})\)\s*$")]
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

    [GeneratedRegex(@"(?:\.\s*){5,}|…{2,}|\s_{3,}\s*[0-9]{1,3}\s*$")]
    private static partial Regex DottedLeader();

    [GeneratedRegex(@"^\s*(?:TABLE\s+OF\s+CONTENTS|Table\s+of\s+Contents|CONTENTS|Contents|INDEX|Index|目\s*次)\s*:?\s*$")]
    private static partial Regex ContentsTitle();

    [GeneratedRegex(@"^\s*(?:(?:ARTICLE|Article|SECTION|Section|Clause|CLAUSE)\s+)?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*\.?|[A-Za-z]\.|[IVXLC]{1,6}\.?|\(?[a-zA-Z0-9]{1,6}\)|第[0-9一二三四五六七八九十百]+[条項])\s*$")]
    private static partial Regex BareMarker();

    [GeneratedRegex(@"^\s*(?:(?:ARTICLE|Article|SECTION|Section)\s+)?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*\.?|\([a-zA-Z0-9]{1,6}\))?\s*[\[(]?(?:(?:Left\s+)?intentionally\s+(?:left\s+)?(?:blank|omitted)|Reserved|Deleted|Not\s+used|削除|欠番)[\])）]?\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    // "If to Licensor:", "(a) if to the Owner, to:", "If to ETON, to:": the head of a notice address.
    [GeneratedRegex(@"^(?:\(?[a-zA-Z0-9]{1,4}\)\s*)?(?:if|in the case of)\s+to\s+[^:.;]{1,60}:\s*(?:to\s*:)?[^.;:]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex NoticeTo();

    // Two or more short labels and nothing else: "FRANCHISOR: FRANCHISEE:", "To Array: To Ono:", "Between: and:".
    [GeneratedRegex(@"^(?:(?:For|FOR|To|TO|If to|IF TO)?\s*[\p{Lu}][\w.&’'()\-]*(?:\s+[\p{Lu}(][\w.&’'()\-]*){0,3}\s*:\s*){2,}$|^(?:Between|BETWEEN)\s*:\s*(?:and|AND)\s*:$")]
    private static partial Regex PartyLabelRow();

    // "In the presence of:", "On behalf of:", "Executed as a deed by …:", "FOR ACME (COMPANY):", "Witness:".
    [GeneratedRegex(@"^(?:In the presence of|On behalf of|Signed (?:for and )?(?:on behalf of|by)|Executed as a deed by|Witness(?:ed by)?|(?-i:FOR\s+[A-Z][A-Z0-9 .,&'\-]{1,60}(?:\([A-Z ]+\))?))[^.;]{0,60}:$", RegexOptions.IgnoreCase)]
    private static partial Regex WitnessLine();

    [GeneratedRegex(@"\[\s?\]|[¨☐□■☑☒]")]
    private static partial Regex CheckBox();

    // An upper-case field label: "PART NUMBER:", "CSN:", "A/C TYPE:".
    [GeneratedRegex(@"\b[A-Z][A-Z0-9./]*(?:\s+[A-Z0-9./]+){0,3}\s*:(?![0-9])|[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}]{1,8}[:：]")]
    private static partial Regex CapsField();

    [GeneratedRegex(@"[_＿]{3,}[\s_＿\-/,]*")]
    private static partial Regex Blank();

    // A US ZIP after a state, a suite or floor, an e-mail address, a telephone number.
    [GeneratedRegex(@"\b[A-Z]{2}\s+[0-9]{5}(?:-[0-9]{4})?\b|\b(?:Suite|Floor|P\.?O\.? Box)\s+[0-9A-Z]+|\b[\w.\-]+@[\w\-]+\.[\w.]+|\(?[0-9]{3}\)?[\s\-.][0-9]{3}[\-.][0-9]{4}|,\s*D\.C\.\s+[0-9]{5}")]
    private static partial Regex AddressMark();

    [GeneratedRegex(@"^\s*(?:(?:ARTICLE|Article|SECTION|Section|EXHIBIT|Exhibit|SCHEDULE|Schedule|ANNEX|Annex)\s+)?[0-9A-Z]{1,3}(?:\.[0-9]{1,3})*\.?\s+[A-Z][^.!?:]{1,150}?\.?\s+[0-9]{1,3}\s*$")]
    private static partial Regex TitleThenPageNumber();

    [GeneratedRegex(@"(?:^|\s)(?:By|Name|Title|Its|Date|Dated|Attn|Attention|Telephone|Tel|Telefax|Fax|Facsimile|E-?mail|Phone|Mobile|Address)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex BlockLabel();

    [GeneratedRegex(@"(?:^|[\s_\-])(?:By|Name|Title|Date|Dated|Address|Its|Function|Signature|Signed)\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithLabel();

    [GeneratedRegex(@"^\s*(?:By|Name|Title|Date|Sincerely|Very truly yours|Yours (?:sincerely|faithfully|truly)|Accepted and agreed|Agreed and accepted)\s*[:,]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelAlone();

    [GeneratedRegex(@"^\s*(?:(?:ARTICLE|Article|SECTION|Section)\s+)?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*\.?|[A-Za-z]\.|[IVXLC]{1,6}\.|\([a-zA-Z0-9]{1,6}\)|[•·\-–])\s*(?=\S)")]
    private static partial Regex LeadingNumber();

    // Letter openings and address-block labels look like short title-case lines but head nothing.
    [GeneratedRegex(@"^\s*(?:Dear\b|(?:Attn|Attention|E-?mail|Fax|Facsimile|Tel|Telephone|Phone|Address|Re|To|From|Cc|Copy to|With a copy to|Name|Title|By|Date|Its)\s*[:.]|.*\b(?:Inc|Ltd|LLC|Corp|Corporation|Limited|GmbH|plc|N\.A)\.?,?:?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelOrSalutation();

    [GeneratedRegex(@"^\s*(?:RECITALS?|Recitals?|WHEREAS|Whereas|BACKGROUND|Background|PREAMBLE|Preamble|WITNESSETH|Witnesseth|Dear\b)")]
    private static partial Regex PreambleHeading();

    // "Licenses to Improvements. Licensee shall…": up to eight capitalised words and a full stop before the text.
    [GeneratedRegex(@"^\s*(?<title>[A-Z][\w'’&/-]*(?:[ ,;]+(?:of|and|or|the|to|for|in|on|with|by|under|&|[A-Z][\w'’&/-]*)){0,7})\.\s+\S")]
    private static partial Regex InlineTitlePattern();

    [GeneratedRegex(@"\b(shall|will|must|may|agrees?|hereby|is|are)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ObligationWord();

    [GeneratedRegex(@"[:：]\s*$|次の各号|以下の各号|次に掲げる|as follows\W*$")]
    private static partial Regex LeadIn();
}
