namespace Intake.Pipeline.Segmentation;

/// <summary>Tells Japanese from English by script: kana and kanji against Latin letters.</summary>
public static class LanguageDetector
{
    public const string Japanese = "ja";
    public const string English = "en";

    public static string Detect(ReadOnlySpan<char> text)
    {
        int japanese = 0, latin = 0;
        foreach (var c in text)
        {
            if (IsJapanese(c))
            {
                japanese++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        // Japanese contracts quote English names and defined terms; a fifth of the letters in
        // Japanese script is already a Japanese sentence (each kanji carries a word).
        return japanese > 0 && japanese * 5 >= latin ? Japanese : English;
    }

    public static bool IsJapanese(char c) =>
        c is >= '\u3040' and <= '\u30FF' // hiragana, katakana
        or >= '\u4E00' and <= '\u9FFF' // CJK unified ideographs
        or >= '\u3400' and <= '\u4DBF' // extension A
        or >= '\uFF66' and <= '\uFF9F'; // half-width katakana
}
