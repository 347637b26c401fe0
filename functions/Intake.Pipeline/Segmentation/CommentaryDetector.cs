using System.Text.RegularExpressions;

namespace Intake.Pipeline.Segmentation;

/// <summary>How far a commentary marker reaches.</summary>
internal enum CommentaryScope
{
    /// <summary>解説, ＜ポイント＞, 【コラム】, "Commentary", "Drafting notes": everything up to the next article.</summary>
    Block,

    /// <summary>※ …, 注1 …, "Note to draft: …", footnotes: the paragraph the marker starts.</summary>
    Paragraph,
}

/// <summary>A commentary marker found on a line: its words, as shown in the report, and its reach.</summary>
internal readonly record struct CommentaryMarker(string Marker, CommentaryScope Scope, bool HasText);

/// <summary>
/// Recognises the commentary that templates and model contracts carry beside the contract text
/// (逐条解説, ＜ポイント＞, 【コラム】, コメント, 注, ※, "Drafting note", "Note to draft", "Commentary",
/// footnotes), and the lines that end it. Works on NFKC-normalised lines, like <see cref="NumberingPatterns"/>.
/// Commentary explains or offers alternatives; it is not agreed text, so it must neither raise findings
/// nor credit a safeguard with its examples. A block runs to the next article heading (第N条, Article N,
/// 5. TITLE, a decimal paragraph 5.2) or to the preamble, table of contents or an annex; a note runs to
/// the end of its paragraph.
/// </summary>
internal static partial class CommentaryDetector
{
    public static CommentaryMarker? MarkerOf(string line)
    {
        var block = BlockMarker().Match(line);
        if (block.Success)
        {
            return new CommentaryMarker(block.Groups["m"].Value.Trim(), CommentaryScope.Block, HasTextAfter(line, block));
        }

        var note = NoteMarker().Match(line);
        return note.Success ? new CommentaryMarker(note.Groups["m"].Value.Trim(), CommentaryScope.Paragraph, HasText: true) : null;
    }

    /// <summary>True when the line starts contract text again: an article, a decimal paragraph, the preamble, the contents, an annex.</summary>
    public static bool EndsCommentary(LineShape shape, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (ContractPartHeading().IsMatch(line) || JapaneseArticleTitle().IsMatch(line))
        {
            return true;
        }

        // In Japanese text only 第N条 starts an article: 「4. X社の意向」 in a scenario is a list item, not "4. TITLE".
        var japanese = line.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');
        if (japanese)
        {
            return shape.Kind == LineKind.ArticleHeading && JapaneseArticle().IsMatch(line) && !ArticleReferenceInProse().IsMatch(line);
        }

        return (shape.Kind == LineKind.ArticleHeading && shape.Number is not null)
            || (shape.Kind == LineKind.Paragraph && shape.Number is { } number && number.Contains('.', StringComparison.Ordinal));
    }

    private static bool HasTextAfter(string line, Match marker) => !string.IsNullOrWhiteSpace(line[(marker.Index + marker.Length)..]);

    // A marker word alone or in brackets at the start of a line (after Markdown "#" or a bullet):
    // "＜ポイント＞", "【コラム】技術検証の意義", "### ＜解説＞", "Drafting Notes", "Commentary:".
    [GeneratedRegex(@"^\s*(?:#{1,6}\s*)?(?:[•・\-*]\s*)?(?:(?<open>[<\[【〔《(「])\s*(?<m>(?:逐条)?解説|ポイント|コメント|コラム|留意点|補足説明|補足|作成上の注意|記載上の注意|想定シーン|記載例|(?:変更|追加|その他の追加)オプション[^>\]】〕》)」]{0,40}|[^>\]】〕》)」]{0,30}の例|Commentary|Drafting [Nn]otes?|Notes? to [Dd]raft(?:er)?s?|Explanatory [Nn]otes?|Guidance [Nn]otes?|Practice [Nn]otes?)\s*[>\]】〕》)」]|(?<m>(?:逐条)?解説|ポイント|コメント|コラム|想定シーン|COMMENTARY|Commentary|DRAFTING NOTES?|Drafting [Nn]otes?|Notes? to [Dd]raft(?:er)?s?|Explanatory [Nn]otes?|Guidance [Nn]otes?)\s*(?:[:：]|$))")]
    private static partial Regex BlockMarker();

    // A note that starts its paragraph: ※, 注1, (注), "Note:", "Note to draft:", "NTD:", "[Drafting note", footnotes "*1", "[1]", "[^1]:".
    [GeneratedRegex(@"^\s*(?:[•・\-]\s*)?(?<m>※\s*[0-9]*|\(注[0-9]*\)|注[0-9]*\s*[):：]|注[0-9]+|【注[0-9]*】|〔注[0-9]*〕|\[\s*(?:Drafting [Nn]ote|Note to [Dd]raft|NTD|Note|Comment)\b|(?:Note|NOTE|Notes|NOTES|NTD|Comment|COMMENT|Drafting [Nn]ote|Note to [Dd]raft(?:er)?)\s*[:：]|\*[0-9]+|\[\^?[0-9]+\]:?(?=\s)|†)")]
    private static partial Regex NoteMarker();

    // 「第8条の秘密保持義務は…」 starts with an article number but is prose about it, not the article.
    [GeneratedRegex(@"^\s*(?:#{1,6}\s*)?第\s*[0-9一二三四五六七八九十百]+\s*条(?:の[0-9一二三四五六七八九十]+)?[^\s(（0-9]")]
    private static partial Regex ArticleReferenceInProse();

    [GeneratedRegex(@"^\s*(?:#{1,6}\s*)?第\s*[0-9一二三四五六七八九十百]+\s*条")]
    private static partial Regex JapaneseArticle();

    // 「1条（目的）」 on its own line: the title of the article that follows (model contracts put it above 第1条).
    // A DOCX list paragraph comes out with its bullet ("• 1条（目的）", "• 前文"), which is still the heading.
    [GeneratedRegex(@"^\s*(?:#{1,6}\s*)?(?:[•・]\s*)?[0-9]+\s*条\s*\([^)]{1,30}\)\s*$")]
    private static partial Regex JapaneseArticleTitle();

    [GeneratedRegex(@"^\s*(?:#{1,6}\s*)?(?:[•・]\s*)?(?:前文|目次|別紙[^。]{0,30}|別表[^。]{0,30}|\(別紙[^)]{0,30}\)[^。]{0,30}|(?:SCHEDULE|Schedule|EXHIBIT|Exhibit|ANNEX|Annex|APPENDIX|Appendix)\s+[0-9A-Z]{1,4}\b[^.]{0,60}|TABLE OF CONTENTS|Table of Contents|CONTENTS|Contents)\s*$")]
    private static partial Regex ContractPartHeading();
}
