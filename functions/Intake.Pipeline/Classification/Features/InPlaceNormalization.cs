namespace Intake.Pipeline.Classification.Features;

/// <summary>
/// Whether normalising a text (<see cref="ClauseFeaturizer.Normalize"/>) kept every character in place: each
/// character a text element of its own whose normalised form is the one character at its index. Then positions
/// in the normalised text are positions in the text as written, and a stretch of the normalised text is the
/// normalised stretch: the evidence finder maps nothing, and a sentence's features are the clause's inside it.
/// </summary>
internal static class InPlaceNormalization
{
    // Most elements are one character, normalised the same way every time: remembered, one slot per char value
    // (a plain array: filling a slot twice from two threads writes the same string, and a lookup is one load).
    private static readonly string?[] s_chars = new string?[char.MaxValue + 1];

    public static bool KeptInPlace(string original, string normalized)
    {
        if (original.Length != normalized.Length)
        {
            return false;
        }

        for (var i = 0; i < original.Length; i++)
        {
            if (!IsLoneElement(original, i) || NormalizedChar(original[i]) is not { Length: 1 } piece || piece[0] != normalized[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The normalised form of one character taken as a text of its own.</summary>
    public static string NormalizedChar(char c) => s_chars[c] ??= ClauseFeaturizer.Normalize(new string(c, 1));

    // Whether text[at] is a text element by itself, decided without the grapheme-cluster walk (most of the cost
    // of building a map): it and the character after it are both of a kind that UAX #29 always breaks between —
    // printable ASCII and Latin letters below the combining marks, tab and line feed, the dashes, quotes, bullets
    // and other punctuation of U+2010–2027 and U+2030–205E (English drafting's “ ” ’ —), CJK punctuation, kana and
    // ideographs, full-width forms — leaving out carriage return (CR LF is one element) and the combining marks
    // in those blocks (U+302A–302F, U+3099–309A) and half-width kana (its sound marks attach to the letter before).
    // Each of these is a starter that composes with no neighbour, so normalising a stretch of them one by one or
    // together gives the same. Anything else goes to StringInfo.
    public static bool IsLoneElement(string text, int at) =>
        BreaksAround(text[at]) && (at + 1 == text.Length || BreaksAround(text[at + 1]));

    private static bool BreaksAround(char c) =>
        c is '\n' or '\t' or (>= ' ' and <= '~') or (>= '\u00A0' and <= '\u02FF') or (>= '\u2010' and <= '\u2027') or (>= '\u2030' and <= '\u205E')
            or (>= '\u3000' and <= '\u3029') or (>= '\u3030' and <= '\u3096') or (>= '\u309B' and <= '\u30FF')
            or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uFF01' and <= '\uFF60');
}
