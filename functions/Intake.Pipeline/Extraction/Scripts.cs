using System.Globalization;

namespace Intake.Pipeline.Extraction;

/// <summary>Character classes the extractors need when they join lines or judge a decoding.</summary>
internal static class Scripts
{
    /// <summary>Japanese (and other CJK) text is written without spaces between words.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u3000' and <= '\u303F' // CJK punctuation and ideographic space
            or >= '\u3040' and <= '\u309F' // hiragana
            or >= '\u30A0' and <= '\u30FF' // katakana
            or >= '\u3400' and <= '\u4DBF' // CJK extension A
            or >= '\u4E00' and <= '\u9FFF' // CJK unified ideographs
            or >= '\uF900' and <= '\uFAFF' // CJK compatibility ideographs
            or >= '\uFF00' and <= '\uFFEF'; // full-width and half-width forms

    public static bool IsHiragana(char c) => c is >= '\u3040' and <= '\u309F';

    public static bool IsKatakana(char c) => c is >= '\u30A0' and <= '\u30FF';

    public static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF';

    public static bool IsHalfWidthKatakana(char c) => c is >= '\uFF61' and <= '\uFF9F';

    public static bool IsLowercaseLetter(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.LowercaseLetter;
}
