namespace Intake.Pipeline.Extraction.PlainText;

/// <summary>How much a decoded string looks like English or Japanese prose, to choose between decodings.</summary>
internal static class TextPlausibility
{
    /// <summary>Below this share of plausible characters a decoding is wrong, or the file is not text.</summary>
    public const double Threshold = 0.85;

    /// <summary>NUL and other C0 controls (except tab, line feed, form feed, carriage return, escape) mean binary.</summary>
    public static bool HasBinaryControls(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }

            if (c < ' ' && c is not ('\t' or '\n' or '\f' or '\r' or '\u001B'))
            {
                controls++;
            }
        }

        return controls > Math.Max(2, text.Length / 1000);
    }

    /// <summary>
    /// Share of characters a contract or proposal would contain: ASCII, Latin-1 letters, kana, common
    /// kanji, Japanese punctuation, full-width forms. Half-width katakana and private-use characters count
    /// against (they are what EUC-JP read as Shift_JIS, or the reverse, turns into).
    /// </summary>
    public static double Score(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        double score = 0;
        foreach (var c in text)
        {
            score += c switch
            {
                >= ' ' and <= '~' or '\t' or '\n' or '\r' or '\f' => 1,
                >= '\u00A0' and <= '\u017F' => 0.5,
                _ when Scripts.IsHiragana(c) || Scripts.IsKatakana(c) => 1,
                _ when Scripts.IsKanji(c) => 1,
                >= '\u3000' and <= '\u303F' => 1,
                >= '\u2010' and <= '\u2027' or >= '\u2460' and <= '\u24FF' or >= '\u25A0' and <= '\u25FF' => 1,
                _ when Scripts.IsHalfWidthKatakana(c) => -1,
                >= '\uFF01' and <= '\uFF5E' => 1,
                >= '\uE000' and <= '\uF8FF' or '\uFFFD' => -2,
                _ => 0,
            };
        }

        return score / text.Length;
    }

    public static double KanaShare(string text) =>
        text.Length == 0 ? 0 : (double)text.Count(c => Scripts.IsHiragana(c) || Scripts.IsKatakana(c)) / text.Length;
}
