using System.Text;

namespace Intake.Pipeline.Extraction;

/// <summary>
/// Joins the lines of one paragraph as a reader would: a space between English lines, nothing between
/// Japanese ones, and a word broken across lines by a hyphen ("tech-" / "nology") made whole again.
/// </summary>
internal static class LineJoiner
{
    private const char SoftHyphen = '\u00AD';

    public static string Join(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (text.Length == 0)
            {
                text.Append(line);
                continue;
            }

            var last = text[^1];
            if (last == SoftHyphen)
            {
                // A soft hyphen only ever marks a break inside a word.
                text.Length--;
                text.Append(line);
            }
            else if (IsHyphen(last) && IsBrokenWord(text, line))
            {
                text.Length--;
                text.Append(line);
            }
            else if (IsHyphen(last) || Scripts.IsCjk(last) || Scripts.IsCjk(line[0]))
            {
                // A real hyphen ("Japan-" / "US", "state-of-the-" / "art") stays and takes no space;
                // Japanese has no spaces between words, so none is added at a line end either.
                text.Append(line);
            }
            else
            {
                text.Append(' ').Append(line);
            }
        }

        return text.ToString();
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010';

    /// <summary>
    /// "tech-" + "nology": a lowercase letter before the hyphen, a lowercase letter after it, and no other
    /// hyphen in the word (a compound such as "state-of-the-" keeps its hyphens).
    /// </summary>
    private static bool IsBrokenWord(StringBuilder text, string next)
    {
        if (text.Length < 3 || !Scripts.IsLowercaseLetter(text[^2]) || !Scripts.IsLowercaseLetter(next[0]))
        {
            return false;
        }

        for (var i = text.Length - 2; i >= 0 && !char.IsWhiteSpace(text[i]); i--)
        {
            if (IsHyphen(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
