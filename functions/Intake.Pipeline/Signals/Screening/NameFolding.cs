using System.Globalization;
using System.Text;

namespace Intake.Pipeline.Signals.Screening;

/// <summary>
/// Folds an organisation's name to the form names are compared in: NFKC, lower case, punctuation
/// folded to spaces (&amp; read as "and"), legal forms stripped at either end in English, Japanese and
/// Chinese (Co., Ltd., Inc., LLC, GmbH, Pte. Ltd., Company Limited, K.K., 株式会社, (株), 有限会社,
/// 合同会社, 有限公司…), spaces between CJK characters removed. "ACME Co., Ltd." and "Acme Company
/// Limited" fold to "acme"; 株式会社アクメ and アクメ（株） to "アクメ". Nothing is transliterated:
/// a Latin name meets a Japanese one only through a list's aliases.
/// Written here because no served library knows these legal forms; each rule is one line of data.
/// </summary>
public static class NameFolding
{
    // English legal forms as token sequences, after punctuation became spaces ("co., ltd." → "co ltd").
    private static readonly string[][] s_latinForms =
    [
        .. new[]
        {
            "company limited", "co ltd", "co limited", "company ltd", "pte ltd", "pty ltd", "sdn bhd", "private limited", "public limited company",
            "kabushiki kaisha", "godo kaisha", "yugen kaisha", "k k", "g k", "l l c", "l l p", "l p", "s a", "s p a", "s r l", "b v", "n v", "s a s",
            "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "lp", "plc", "gmbh", "ag", "kg", "sa", "spa",
            "srl", "sarl", "sas", "bv", "nv", "ab", "oy", "asa", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "zao", "kk", "gk", "pte", "pty", "bhd", "tbk", "jv",
        }
        .Select(f => f.Split(' '))
        .OrderByDescending(f => f.Length),
    ];

    // Japanese and Chinese legal forms, matched as prefixes or suffixes of the folded name.
    private static readonly string[] s_cjkForms =
    [
        .. new[]
        {
            "股份有限公司", "有限责任公司", "有限責任公司", "集团有限公司", "有限公司", "株式会社", "有限会社", "合同会社", "合名会社", "合資会社",
            "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "国立研究開発法人", "独立行政法人", "国立大学法人", "学校法人", "公司",
        }
        .OrderByDescending(f => f.Length),
    ];

    // (株), (有), (合) and their circled forms after NFKC.
    private static readonly string[] s_bracketedForms = ["(株)", "(有)", "(合)", "(同)", "(名)", "(資)"];

    /// <summary>The folded name with its legal forms; see <see cref="Fold"/> for the comparable form.</summary>
    public static string FoldText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        foreach (var bracketed in s_bracketedForms)
        {
            s = s.Replace(bracketed, " 株式会社 ", StringComparison.Ordinal);
        }

        var folded = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c == '&')
            {
                folded.Append(" and ");
            }
            else if (c is '\'' or '’' or '`')
            {
                // O'Neil = ONeil; an apostrophe joins, it does not split
            }
            else if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark || c == 'ー')
            {
                folded.Append(c);
            }
            else
            {
                folded.Append(' ');
            }
        }

        return JoinCjk(string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    /// <summary>The comparable form of a name: <see cref="FoldText"/> with legal forms stripped from both ends.</summary>
    public static string Fold(string name)
    {
        var tokens = FoldText(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens.Count > 0 && tokens[0] == "the")
        {
            tokens.RemoveAt(0);
        }

        bool stripped;
        do
        {
            stripped = StripLatinSuffix(tokens) | StripCjk(tokens);
        }
        while (stripped && tokens.Count > 0);
        var result = JoinCjk(string.Join(' ', tokens));
        return result.Length == 0 ? FoldText(name) : result;
    }

    private static bool StripLatinSuffix(List<string> tokens)
    {
        foreach (var form in s_latinForms)
        {
            // Keep at least one token: "Company Limited" alone is a name, not a form.
            if (tokens.Count > form.Length && tokens.Skip(tokens.Count - form.Length).SequenceEqual(form, StringComparer.Ordinal))
            {
                tokens.RemoveRange(tokens.Count - form.Length, form.Length);
                if (tokens.Count > 0 && tokens[^1] == "and")
                {
                    tokens.RemoveAt(tokens.Count - 1); // "Smith and Co." → "smith"
                }

                return true;
            }
        }

        return false;
    }

    private static bool StripCjk(List<string> tokens)
    {
        var changed = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var form in s_cjkForms)
            {
                var token = tokens[i];
                if (token == form)
                {
                    if (tokens.Count > 1)
                    {
                        tokens.RemoveAt(i--);
                        changed = true;
                    }

                    break;
                }

                if (token.Length > form.Length && token.EndsWith(form, StringComparison.Ordinal))
                {
                    tokens[i] = token[..^form.Length];
                    changed = true;
                    break;
                }

                if (token.Length > form.Length && token.StartsWith(form, StringComparison.Ordinal))
                {
                    tokens[i] = token[form.Length..];
                    changed = true;
                    break;
                }
            }
        }

        return changed;
    }

    private static string JoinCjk(string text)
    {
        var joined = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && i > 0 && i + 1 < text.Length && SignalText.IsCjk(text[i - 1]) && SignalText.IsCjk(text[i + 1]))
            {
                continue;
            }

            joined.Append(text[i]);
        }

        return joined.ToString();
    }

    /// <summary>True when the name carries a legal form (an organisation rather than a defined term or a person).</summary>
    public static bool HasLegalForm(string name) => !string.Equals(Fold(name), FoldWithoutStripping(name), StringComparison.Ordinal);

    private static string FoldWithoutStripping(string name)
    {
        var tokens = FoldText(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens.Count > 0 && tokens[0] == "the")
        {
            tokens.RemoveAt(0);
        }

        return JoinCjk(string.Join(' ', tokens));
    }
}
