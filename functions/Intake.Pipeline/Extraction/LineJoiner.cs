using System.Text;
using System.Text.RegularExpressions;

namespace Intake.Pipeline.Extraction;

/// <summary>
/// Joins the lines of one paragraph as a reader would: a space between English lines, nothing between
/// Japanese ones, and a word broken across lines by a hyphen ("tech-" / "nology") made whole again.
/// </summary>
internal static partial class LineJoiner
{
    private const char SoftHyphen = '\u00AD';

    /// <param name="compounds">
    /// Hyphenated words seen whole elsewhere in the document ("well-known"): a line break after "well-"
    /// keeps the hyphen when "well-known" is one of them. Lower case.
    /// </param>
    public static string Join(IEnumerable<string> lines, IReadOnlySet<string>? compounds = null)
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
            else if (IsHyphen(last) && IsBrokenWord(text, line) && !IsKnownCompound(text, line, compounds))
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

    /// <summary>Hyphenated words written whole within a line, to tell "well-" / "known" from "tech-" / "nology".</summary>
    public static HashSet<string> Compounds(IEnumerable<string> lines)
    {
        var compounds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (Match match in CompoundWord().Matches(line))
            {
                compounds.Add(match.Value.ToLowerInvariant());
            }
        }

        return compounds;
    }

    private static bool IsKnownCompound(StringBuilder text, string next, IReadOnlySet<string>? compounds)
    {
        if (compounds is null || compounds.Count == 0)
        {
            return false;
        }

        var start = text.Length - 1;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var end = 0;
        while (end < next.Length && char.IsLetter(next[end]))
        {
            end++;
        }

        var candidate = string.Concat(text.ToString(start, text.Length - start), next.AsSpan(0, end));
        return compounds.Contains(candidate.ToLowerInvariant());
    }

    // A hyphenated word not at the end of its line: letters, hyphen, letters (again and again).
    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)+(?!-)")]
    private static partial Regex CompoundWord();

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
