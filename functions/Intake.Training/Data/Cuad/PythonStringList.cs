using System.Globalization;
using System.Text;

namespace Intake.Training.Data.Cuad;

/// <summary>
/// Parses the Python list literals CUAD stores excerpts in (<c>['a', "b's"]</c>): single- or
/// double-quoted strings with backslash escapes, separated by commas. Only what <c>repr</c> of a
/// list of str produces is accepted; anything else is an <see cref="FormatException"/>.
/// </summary>
public static class PythonStringList
{
    public static IReadOnlyList<string> Parse(string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var items = new List<string>();
        var i = SkipSpace(literal, 0);
        Expect(literal, ref i, '[');
        i = SkipSpace(literal, i);
        if (i < literal.Length && literal[i] == ']')
        {
            return items;
        }

        while (true)
        {
            i = SkipSpace(literal, i);
            items.Add(ReadString(literal, ref i));
            i = SkipSpace(literal, i);
            if (i < literal.Length && literal[i] == ',')
            {
                i = SkipSpace(literal, i + 1);
                if (i < literal.Length && literal[i] == ']')
                {
                    break;
                }

                continue;
            }

            break;
        }

        Expect(literal, ref i, ']');
        if (SkipSpace(literal, i) != literal.Length)
        {
            throw new FormatException("Text after the end of the list.");
        }

        return items;
    }

    private static string ReadString(string s, ref int i)
    {
        if (i >= s.Length || (s[i] != '\'' && s[i] != '"'))
        {
            throw new FormatException($"A string literal was expected at {i}.");
        }

        var quote = s[i++];
        var value = new StringBuilder();
        while (i < s.Length)
        {
            var c = s[i++];
            if (c == quote)
            {
                return value.ToString();
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            if (i >= s.Length)
            {
                break;
            }

            var e = s[i++];
            switch (e)
            {
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'r': value.Append('\r'); break;
                case '0': value.Append('\0'); break;
                case 'x': value.Append(Hex(s, ref i, 2)); break;
                case 'u': value.Append(Hex(s, ref i, 4)); break;
                case 'U': value.Append(char.ConvertFromUtf32(Hex(s, ref i, 8))); break;
                case '\n': break;
                default: value.Append(e); break; // \\ \' \" and anything Python keeps as is
            }
        }

        throw new FormatException("A string literal is not closed.");
    }

    private static char Hex(string s, ref int i, int digits) => (char)HexValue(s, ref i, digits);

    private static int HexValue(string s, ref int i, int digits)
    {
        if (i + digits > s.Length
            || !int.TryParse(s.AsSpan(i, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"A bad hexadecimal escape at {i}.");
        }

        i += digits;
        return value;
    }

    private static int SkipSpace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    private static void Expect(string s, ref int i, char c)
    {
        if (i >= s.Length || s[i] != c)
        {
            throw new FormatException($"'{c}' was expected at {i}.");
        }

        i++;
    }
}
