using System.Text.RegularExpressions;

namespace Intake.Pipeline.Extraction;

/// <summary>
/// Lines that open a new numbered item (Article 5, 1.2, (a), 第5条, （１）, ２　, 一、, ①, bullets).
/// PDF and text extraction start a new block at such a line instead of joining it to the paragraph above,
/// so segmentation sees each item at the start of a block.
/// </summary>
internal static partial class NumberingStart
{
    public static bool IsMatch(string line) => Pattern().IsMatch(line.TrimStart());

    [GeneratedRegex(
        """
        ^(?:
            (?:Article|ARTICLE|Section|SECTION|Clause|CLAUSE|Schedule|SCHEDULE|Annex|ANNEX|Appendix|APPENDIX|Exhibit|EXHIBIT)\s+[0-9IVXLC]+
          | [0-9]{1,3}(?:\.[0-9]{1,3})*[.)]\s
          | [0-9]{1,3}(?:\.[0-9]{1,3})+\s
          | \((?:[a-z]{1,2}|[ivxlc]{1,6}|[0-9]{1,3})\)\s
          | 第[0-9０-９一二三四五六七八九十百千]+[条項章節款]
          | [（(][0-9０-９一二三四五六七八九十]{1,3}[）)]
          | [０-９]{1,3}[\s　]
          | [0-9]{1,2}　
          | [一二三四五六七八九十]{1,3}[、．　]
          | [①-⑳⑴-⒇]
          | [•・●○■□◆◇▪‣]
          | [-–]\s
        )
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
