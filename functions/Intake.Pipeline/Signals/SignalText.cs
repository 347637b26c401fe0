using System.Text;

namespace Intake.Pipeline.Signals;

/// <summary>
/// The folding both a lexicon term and a clause go through before they are compared, so that the
/// spellings a contract uses meet the spelling the list uses: NFKC (full-width ＭＬＣＣ and half-width
/// ｶﾀｶﾅ become MLCC and カタカナ), lower case, a word-final long-vowel mark dropped (センサー = センサ,
/// コンデンサー = コンデンサ), ヴ folded to the ハ row (ヴァ = バ), a hyphen after katakana read as ー,
/// a middle dot between katakana dropped, hyphens between Latin letters read as spaces, and the
/// spaces a PDF line break leaves between Japanese characters removed.
/// Written here rather than taken from a library: it is a handful of character rules, and each is a
/// decision about contract spelling that a general normaliser does not make.
/// </summary>
public static class SignalText
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var folded = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            var previous = folded.Length > 0 ? folded[^1] : '\0';
            if (c == 'ヴ')
            {
                var voiced = next switch { 'ァ' => 'バ', 'ィ' => 'ビ', 'ェ' => 'ベ', 'ォ' => 'ボ', _ => '\0' };
                folded.Append(voiced == '\0' ? 'ブ' : voiced);
                i += voiced == '\0' ? 0 : 1;
                continue;
            }

            if (IsDash(c))
            {
                if (IsKatakana(previous))
                {
                    c = 'ー';
                }
                else
                {
                    AppendSpace(folded);
                    continue;
                }
            }

            if (c == 'ー' && !IsKatakana(NextFoldedKatakanaCandidate(s, i + 1)))
            {
                continue; // word-final long vowel: センサー → センサ
            }

            if (c == '・' && IsKatakana(previous) && IsKatakana(next))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                var after = NextNonSpace(s, i + 1);
                if (IsCjk(previous) && IsCjk(after))
                {
                    continue; // a line break inside a Japanese word
                }

                AppendSpace(folded);
                continue;
            }

            folded.Append(c);
        }

        return folded.ToString().Trim();
    }

    /// <summary>Latin letters and digits: where a term must start and end on a word boundary.</summary>
    public static bool IsWordChar(char c) => c < '\u3000' && char.IsLetterOrDigit(c);

    public static bool IsCjk(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static bool IsKatakana(char c) => c is >= '\u30A1' and <= '\u30FA' or 'ー';

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    // A run of long-vowel marks or dashes ends the word only if no katakana follows it.
    private static char NextFoldedKatakanaCandidate(string s, int start)
    {
        for (var j = start; j < s.Length; j++)
        {
            if (s[j] != 'ー' && !IsDash(s[j]))
            {
                return s[j];
            }
        }

        return '\0';
    }

    private static char NextNonSpace(string s, int start)
    {
        for (var j = start; j < s.Length; j++)
        {
            if (!char.IsWhiteSpace(s[j]))
            {
                return s[j];
            }
        }

        return '\0';
    }

    private static void AppendSpace(StringBuilder folded)
    {
        if (folded.Length > 0 && folded[^1] != ' ')
        {
            folded.Append(' ');
        }
    }
}
